"""Border county workload: 图安市 (도안시), a county-level city on the Tumen-style border.

Data sheet
==========

The county
----------
图安市 (Korean 도안시, English "Tuan City") is an invented county-level city of the
invented 白岭朝鲜族自治州 (백령조선족자치주) in Jilin province, on the border.  Signage
is bilingual (Chinese + hangul); ethnic-Korean (朝鲜族) spellings use 룡 for 龙 and
림 for 林.  Its economy: a border economic cooperation zone (边境经济合作区, written
边合区 / 边境经合区 / BECZ), the 江口 road port (口岸) with a joint inspection building
of several halls, a border residents' trade market (边民互市贸易区), ginseng (人参,
林下参), cattle (图安黄牛), cold-region rice, forestry (林下经济, 森林防火) and ice and
snow tourism around the 雪峰 ski resort.

Towns and their spellings (official / short / English / Korean / city-prefixed):
安河镇 安河 "Anhe Town" 안하진 图安市安河镇; 松岭镇 松岭 "Songling Town" 송령진;
江口镇 江口 "Jiangkou Town" 강구진 (port town); 白桦乡 白桦 "Baihua Township" 백화향;
金泉镇 金泉 "Jinquan Town" 금천진; 雪峰镇 雪峰 "Xuefeng Town" 설봉진 (ski resort);
红松镇 红松 "Hongsong Town" 홍송진 (forestry); 青石乡 青石 "Qingshi Township" 청석향;
龙岩街道 龙岩 "Longyan Subdistrict" 룡암가두 (city centre); 北湖街道 北湖
"Beihu Subdistrict" 북호가두.  Each department writes regions in its own spelling
(人社 official names, 商务 English, 朝企协 Korean, 农业 short names ...), or [].

Calendar: 13 weeks from Monday 2027-03-01.  Weekends are skipped except a few
association / ski-resort events; 清明 2027-04-03..05 and 劳动节 2027-05-01..05
hold nothing; 2027-04-25 (Sun) and 2027-05-08 (Sat) are invented 调休 working days.
Sessions start 08:30-10:00 or 13:30-15:30 (朝企协 also 19:00), last 1-3 h, some a
full day 09:00-16:30.

Departments and their habits
----------------------------
=====  ================================  ==========================================
code   department                        habits
=====  ================================  ==========================================
rsj    人力资源和社会保障局 (人社局)        ids ``rsj-20270310-03``; 【图安市人社局】/【人社】,
                                         （名额有限）; sectors "C 制造业"; 20% of times
                                         in UTC (provincial 就业 platform)
swj    商务局 (commerce)                  ids ``TACOM-2027-0042``; 40% English titles
                                         "[Tuan Commerce] ..."; always UTC "Z";
                                         English sector names / letters; English
                                         towns; English room renderings
scj    市场监督管理局 (市监局)              ids ``SCJG2027031002``; "市监局：" prefix,
                                         关于开展…的通知 wrapper; sectors in Chinese
nyj    农业农村局                          ids ``NY/2027/0031``; 2027年春季 / 科技下乡·,
                                         （公益）; division codes "A01 农业"
lyj    林业和草原局 (林草局)               ids ``LC-2703-017``; 【林草】, quarter
                                         "2027年第一季度"; sector letters; short towns
wlj    文化广播电视和旅游局 (文旅局)         ids ``wl2027-0015``; 30% bilingual titles
                                         "中文｜한국어"; bilingual venue names
sw     税务局                              ids ``TA-TAX-00042``; 【报名】, "2027年度",
                                         纳税人学堂 series 第N期; full-width digits in
                                         40% of titles; sectors [] (every sector)
bhq    边境经济合作区管委会 (边合区)         ids ``BJHZQ-20270312-7``; "边合区：",
                                         关于举办…的通知; abbreviations 边合区/互市区;
                                         50% UTC (international trade single window)
kab    口岸办                              ids ``KAB0007``; "口岸办：" prefix; short towns
cxz    朝鲜族企业家协会 (朝企协, 조선족기업가협회) ids ``ckea-2027-3-12-b``; 60% Korean
                                         titles "[도안시조선족기업가협회] ..."; Korean
                                         venue and town names; evening sessions
gxj    工业和信息化局 (工信局)              ids ``GXJ20270312003``; "工信局：",
                                         （名额有限，先到先得）; division codes
hg     图安海关 (customs)                  ids ``HG-TA-2027-0042``; 【图安海关】,
                                         "关企面对面："; 10% English; 50% UTC
=====  ================================  ==========================================

Departments tag with their own topic words (商务 "foreign trade" for 稳外贸, 边合区
边贸 / 惠企, 朝企协 in Korean), give tags only part of the time, and render audience
sectors in their own GB/T 4754-2017 form (letter, Chinese name, letter+name, English
name or division code with name).

Venues and how one room is spelled
----------------------------------
14 city venues (政务服务中心 with 1号楼/2号楼, 市委党校 with rooms 301/302, 边合区管委会
6F 第一/第二会议室, 口岸联检大楼 一号厅/二号厅/三号厅, 互市贸易区服务中心 培训室A/B,
朝鲜族文化宫, 人参产业园 培训中心B厅/C厅, 电商产业园 1号/2号直播间, 农技中心, 林草局,
雪峰滑雪场游客中心, 税务局 纳税人学堂, 公共就业服务中心 培训教室1/2, 行政中心 A栋/B栋
= 1号楼/2号楼) and one town-government meeting room per town.  One room is written
as [province/prefecture/city prefix] + venue name (official, short, abbreviation,
English, Korean, or Chinese with the hangul sign in brackets) + building
(2号楼 / 2#楼 / 二号楼 / B栋 / B座 / Building 2 / 2동, sometimes omitted) + floor
(3楼 / 三楼 / 3F / 3层 / Floor 3 / 3층, often omitted) + room (第一会议室 / 一号会议室 /
1号会议室 / 会议室1 / Meeting Room 1 / 제1회의실; 培训室A / A室 / Room A; 301教室 /
3-01 / Room 301 ...), with spaces, brackets （…）, "·" separators and full-width
digits depending on the department.

Online conventions
------------------
Platforms 腾讯会议 (VooV for commerce's English postings), 钉钉会议 and 吉林政务云视频.
A 9-digit meeting code is written 842-331-907 / 842331907 / 842 331 907 in the
location ("腾讯会议：842-331-907", "텐센트회의 842 331 907") and/or inside the URL
(https://meeting.tencent.com/p/842331907).  Some co-hosts give the platform only
("线上（腾讯会议）", homepage URL).  Hybrid sessions give a room plus a code.

Co-hosting
----------
About 28% of sessions are co-hosted (about 80% by two departments, 20% by three);
about 70% of sessions are plain (no deliberate sibling), 30% belong to a hard-negative family.
Each co-host writes its own wording (another synonym, a catch-all title like
"边合区企业服务日", English or Korean), its own decorations, own tags or none, own
audience spellings.  Co-host postings: location missing ~20%; qualifier (第N期, 一班,
上午场, X镇专场/站, 朝鲜语授课) dropped ~35% of the time but only when the posting still
gives the room or the meeting code; kind disagrees in ~10% of co-hosted sessions;
the lead department keeps the true times, co-hosts' start is shifted 0/±15/±30 min
and end 0/±15/±30 min; UTC times from some systems;
capacity null or their own quota.  Hard positive of our own: ~1.5% of sessions led by
朝企协 or 文旅局 are posted twice by that department, once in Chinese and once in
Korean (same session, two external ids).

Hard negatives (share of sessions, approximately)
-------------------------------------------------
* ``parallel_rooms`` (~2.7%): two sessions at one hour in different rooms of one venue.
* ``port_halls`` (~1.5%, our own): three trade sessions at one hour in 一号厅/二号厅/
  三号厅 of the 口岸联检大楼, bilingual spellings.
* ``adjacent`` (~3%): adjacent rooms (301/302, A/B, 1号/2号直播间, 第一/第二会议室) at one
  hour; half carry identical titles (then every posting gives the room).
* ``classes`` (~2.5%): parallel classes 一班/二班 of one subject at one hour in adjacent
  rooms (every posting keeps the room or the class).
* ``lang_classes`` (~1.2%, our own): one course split into a 朝鲜语授课 class and an
  汉语授课 class at one hour in adjacent 文化宫 classrooms.
* ``series`` (~3.5%): 第N期 / 第N+1期 in the same room, a week apart, the next day, or
  the same day morning and afternoon.
* ``ampm`` (~1.9%): 上午场 / 下午场 of one subject in one room on one day.
* ``town_tour`` (~2.7%): X镇专场 / X镇站 on consecutive working days, often no location.
* ``town_teams`` (~1.5%): two teams at one hour in two towns, mostly no location (every
  posting keeps the town qualifier).
* ``online_same_hour`` (~2.5%): online sessions at one hour with different codes, half
  with identical titles (every posting keeps the code).
* ``no_location`` (~2.5%): different departments, different subjects, same hour, no
  location at all.
* ``later_room`` (~2%): another room of the same venue 30-60 min later.
* ``next_week`` (~2.5%): same title, same room, same hour of day a week later.

Truth guarantees (asserted by ``_check``)
-----------------------------------------
Every posting's interval overlaps its session's true interval; two sessions in one
room are never closer than one hour in true time; online sessions have distinct
meeting codes; a plain session never shares its subject with another session at an
overlapping time; external ids are unique per department; URLs are https; durations are
30 min - 1 day; titles are 1-200 characters and locations at most 300.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

TZ8 = timezone(timedelta(hours=8))
FIRST_DAY = date(2027, 3, 1)
WEEKS = 13
HOLIDAYS: tuple[date, ...] = tuple(date(2027, 4, d) for d in (3, 4, 5)) + tuple(
    date(2027, 5, d) for d in range(1, 6)
)
MAKEUP_DAYS: tuple[date, ...] = (date(2027, 4, 25), date(2027, 5, 8))

_CN = "零一二三四五六七八九十"


def _cn(n: int) -> str:
    if n <= 10:
        return _CN[n]
    if n < 20:
        return "十" + _CN[n - 10]
    tens, ones = divmod(n, 10)
    return _CN[tens] + "十" + (_CN[ones] if ones else "")


_FW = str.maketrans(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
    "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ",
)


def _fullwidth(s: str) -> str:
    return s.translate(_FW)


# --------------------------------------------------------------------------- towns


@dataclass(frozen=True)
class Town:
    key: str
    zh: str
    short: str
    en: str
    ko: str

    def spell(self, style: int) -> str:
        return (self.zh, self.short, self.en, self.ko, "图安市" + self.zh)[style]


TOWNS: tuple[Town, ...] = (
    Town("anhe", "安河镇", "安河", "Anhe Town", "안하진"),
    Town("songling", "松岭镇", "松岭", "Songling Town", "송령진"),
    Town("jiangkou", "江口镇", "江口", "Jiangkou Town", "강구진"),
    Town("baihua", "白桦乡", "白桦", "Baihua Township", "백화향"),
    Town("jinquan", "金泉镇", "金泉", "Jinquan Town", "금천진"),
    Town("xuefeng", "雪峰镇", "雪峰", "Xuefeng Town", "설봉진"),
    Town("hongsong", "红松镇", "红松", "Hongsong Town", "홍송진"),
    Town("qingshi", "青石乡", "青石", "Qingshi Township", "청석향"),
    Town("longyan", "龙岩街道", "龙岩", "Longyan Subdistrict", "룡암가두"),
    Town("beihu", "北湖街道", "北湖", "Beihu Subdistrict", "북호가두"),
)
TOWN_BY_KEY = {t.key: t for t in TOWNS}

# ------------------------------------------------------------------------- sectors

SECTIONS: dict[str, tuple[str, str | None]] = {
    "A": ("农、林、牧、渔业", None),
    "C": ("制造业", "Manufacturing"),
    "D": ("电力、热力、燃气及水生产和供应业", None),
    "E": ("建筑业", "Construction"),
    "F": ("批发和零售业", None),
    "G": ("交通运输、仓储和邮政业", None),
    "H": ("住宿和餐饮业", None),
    "I": ("信息传输、软件和信息技术服务业", None),
    "L": ("租赁和商务服务业", None),
    "N": ("水利、环境和公共设施管理业", None),
    "R": ("文化、体育和娱乐业", None),
}
DIVISIONS: dict[str, str] = {
    "A01": "农业",
    "A02": "林业",
    "A03": "畜牧业",
    "C13": "农副食品加工业",
    "C14": "食品制造业",
    "F51": "批发业",
    "F52": "零售业",
    "G54": "道路运输业",
    "H61": "住宿业",
    "H62": "餐饮业",
    "I65": "软件和信息技术服务业",
}


def _sector(code: str, style: str) -> str:
    letter = code[0]
    zh, en = SECTIONS[letter]
    if style == "division" and code in DIVISIONS:
        return f"{code} {DIVISIONS[code]}"
    if style == "en" and en is not None:
        return en
    if style == "zh":
        return zh
    if style in ("letter_zh", "division"):
        return f"{letter} {zh}"
    return letter


# ---------------------------------------------------------------------- departments


@dataclass(frozen=True)
class Dept:
    code: str
    short: str
    utc: float
    tag_share: float
    sector_style: str
    region_styles: tuple[int, ...]
    venue_styles: tuple[str, ...]
    fullwidth: float
    own_tags: tuple[str, ...]
    tag_map: tuple[tuple[str, str], ...]
    catch_all: tuple[str, ...]
    home: tuple[str, ...]
    reg: str


DEPTS: tuple[Dept, ...] = (
    Dept(
        "rsj",
        short="人社局",
        utc=0.2,
        tag_share=0.8,
        sector_style="letter_zh",
        region_styles=(0, 4),
        venue_styles=("city", "short", "short", "full", "bracket"),
        fullwidth=0.02,
        own_tags=("就业服务", "惠企"),
        tag_map=(("社保", "社会保险"),),
        catch_all=("人社惠企政策进企业活动", "就业服务进园区"),
        home=("jy", "dx", "zwzx", "xz"),
        reg="https://jy.tuan.gov.cn/bm/",
    ),
    Dept(
        "swj",
        short="商务局",
        utc=1.0,
        tag_share=0.7,
        sector_style="en",
        region_styles=(2,),
        venue_styles=("en", "en", "short", "abbr"),
        fullwidth=0.0,
        own_tags=("commerce",),
        tag_map=(
            ("稳外贸", "foreign trade"),
            ("跨境电商", "cross-border e-commerce"),
            ("外资", "FDI"),
            ("招商", "investment promotion"),
        ),
        catch_all=("商务惠企服务活动", "外贸企业服务日"),
        home=("ds", "zwzx", "bhq", "xz"),
        reg="https://com.tuan.gov.cn/reg?e=",
    ),
    Dept(
        "scj",
        short="市监局",
        utc=0.0,
        tag_share=0.6,
        sector_style="zh",
        region_styles=(0,),
        venue_styles=("short", "city", "full", "bracket"),
        fullwidth=0.05,
        own_tags=("市场监管",),
        tag_map=(("食品安全", "食安"),),
        catch_all=("市场监管服务进企业", "市监护企行"),
        home=("zwzx", "xz", "dx"),
        reg="https://scjg.tuan.gov.cn/apply/",
    ),
    Dept(
        "nyj",
        short="农业农村局",
        utc=0.0,
        tag_share=0.9,
        sector_style="division",
        region_styles=(1, 0),
        venue_styles=("short", "abbr", "city"),
        fullwidth=0.0,
        own_tags=("三农", "科技下乡"),
        tag_map=(("水稻", "稻作"), ("黄牛", "肉牛")),
        catch_all=("农业科技服务活动", "科技下乡活动"),
        home=("njzx", "rsy"),
        reg="https://nync.tuan.gov.cn/px/",
    ),
    Dept(
        "lyj",
        short="林草局",
        utc=0.0,
        tag_share=0.5,
        sector_style="letter",
        region_styles=(1,),
        venue_styles=("short", "abbr", "city"),
        fullwidth=0.0,
        own_tags=("林业",),
        tag_map=(("林下经济", "林下产业"),),
        catch_all=("林草服务进基层",),
        home=("lcj",),
        reg="https://lcj.tuan.gov.cn/bm/",
    ),
    Dept(
        "wlj",
        short="文旅局",
        utc=0.0,
        tag_share=0.7,
        sector_style="zh",
        region_styles=(0, 3),
        venue_styles=("bilingual", "short", "ko", "city"),
        fullwidth=0.0,
        own_tags=("文旅",),
        tag_map=(("冰雪旅游", "冰雪经济"),),
        catch_all=("文旅企业服务活动", "冰雪季企业服务日"),
        home=("whg", "xf", "zwzx"),
        reg="https://wlj.tuan.gov.cn/event/",
    ),
    Dept(
        "sw",
        short="税务局",
        utc=0.0,
        tag_share=0.4,
        sector_style="empty",
        region_styles=(0,),
        venue_styles=("short", "city", "full"),
        fullwidth=0.4,
        own_tags=("纳税服务",),
        tag_map=(("减税降费", "税费优惠"),),
        catch_all=("税企面对面", "春风行动办税服务"),
        home=("tax", "zwzx"),
        reg="https://etax.jilin.chinatax.gov.cn/ta/bm/",
    ),
    Dept(
        "bhq",
        short="边合区管委会",
        utc=0.5,
        tag_share=0.8,
        sector_style="letter",
        region_styles=(0, 1),
        venue_styles=("abbr", "abbr", "short", "city"),
        fullwidth=0.1,
        own_tags=("边贸", "惠企"),
        tag_map=(("稳外贸", "边贸"), ("外贸政策", "惠企")),
        catch_all=("边合区企业服务日", "边合区惠企政策进园区"),
        home=("bhq", "hs", "ka"),
        reg="https://bhq.tuan.gov.cn/hd/",
    ),
    Dept(
        "kab",
        short="口岸办",
        utc=0.0,
        tag_share=0.5,
        sector_style="letter_zh",
        region_styles=(1,),
        venue_styles=("abbr", "short"),
        fullwidth=0.0,
        own_tags=("口岸",),
        tag_map=(("通关", "通关便利化"),),
        catch_all=("口岸服务活动",),
        home=("ka", "bhq"),
        reg="https://kab.tuan.gov.cn/",
    ),
    Dept(
        "cxz",
        short="朝企协",
        utc=0.0,
        tag_share=0.6,
        sector_style="zh",
        region_styles=(3, 0),
        venue_styles=("ko", "bilingual", "short"),
        fullwidth=0.0,
        own_tags=("협회",),
        tag_map=(
            ("创业", "창업"),
            ("人参", "인삼"),
            ("惠企", "기업지원"),
            ("境外务工", "해외취업"),
            ("民宿", "민박"),
        ),
        catch_all=("会员企业交流活动", "협회 월례 모임"),
        home=("whg", "ds"),
        reg="https://ckea-tuan.org/apply/",
    ),
    Dept(
        "gxj",
        short="工信局",
        utc=0.0,
        tag_share=0.8,
        sector_style="division",
        region_styles=(0,),
        venue_styles=("city", "short", "full"),
        fullwidth=0.0,
        own_tags=("工业经济",),
        tag_map=(("数字化转型", "智改数转"),),
        catch_all=("工信惠企服务活动", "企业服务月活动"),
        home=("xz", "ds", "zwzx"),
        reg="https://gxj.tuan.gov.cn/sign/",
    ),
    Dept(
        "hg",
        short="图安海关",
        utc=0.5,
        tag_share=0.6,
        sector_style="letter",
        region_styles=(0, 2),
        venue_styles=("short", "abbr", "en"),
        fullwidth=0.0,
        own_tags=("海关",),
        tag_map=(("报关", "通关"),),
        catch_all=("关企面对面", "海关服务企业日"),
        home=("ka", "bhq", "hs"),
        reg="https://tuan.customs.gov.cn/bm/",
    ),
)
DEPT_BY_CODE = {d.code: d for d in DEPTS}
RELATED: dict[str, tuple[str, ...]] = {
    "rsj": ("gxj", "cxz", "scj", "sw"),
    "swj": ("bhq", "hg", "kab", "gxj"),
    "scj": ("gxj", "nyj", "sw"),
    "nyj": ("lyj", "scj", "swj"),
    "lyj": ("nyj", "wlj"),
    "wlj": ("swj", "cxz", "rsj"),
    "sw": ("swj", "gxj", "rsj"),
    "bhq": ("swj", "kab", "hg"),
    "kab": ("hg", "bhq"),
    "cxz": ("rsj", "swj", "wlj"),
    "gxj": ("swj", "scj", "rsj"),
    "hg": ("kab", "swj", "bhq"),
}

# ------------------------------------------------------------------------- subjects


@dataclass(frozen=True)
class Subject:
    key: str
    kind: str
    owners: tuple[str, ...]
    zh: tuple[str, ...]
    en: str
    ko: str
    tags: tuple[str, ...]
    sectors: tuple[str, ...]
    quals: tuple[str, ...]


T, P = "TRAINING", "PUBLICITY"
SUBJECTS: tuple[Subject, ...] = (
    Subject(
        "ginseng_gap",
        kind=T,
        owners=("nyj", "lyj"),
        zh=(
            "人参规范化种植技术培训",
            "人参GAP种植技术培训班",
            "园参栽培实用技术讲座",
            "参农种植技术培训",
        ),
        en="Ginseng GAP Cultivation Training",
        ko="인삼 규범화 재배기술 연수",
        tags=("人参", "种植技术", "GAP"),
        sectors=("A01",),
        quals=("series", "town"),
    ),
    Subject(
        "cattle",
        kind=T,
        owners=("nyj",),
        zh=("图安黄牛标准化养殖技术培训", "黄牛育肥与疫病防控培训", "肉牛养殖实用技术培训"),
        en="Beef Cattle Farming Training",
        ko="황소 사양관리 기술연수",
        tags=("黄牛", "畜牧", "疫病防控"),
        sectors=("A03",),
        quals=("town", "series"),
    ),
    Subject(
        "rice",
        kind=T,
        owners=("nyj",),
        zh=("寒地水稻育秧技术培训", "水稻智能化育秧培训", "春季水稻育苗现场培训"),
        en="Cold-region Rice Seedling Training",
        ko="벼 육모기술 연수",
        tags=("水稻", "春耕"),
        sectors=("A01",),
        quals=("town", "ampm"),
    ),
    Subject(
        "electrician",
        kind=T,
        owners=("rsj", "gxj"),
        zh=("低压电工职业技能培训", "电工作业人员技能提升培训", "低压电工实操培训"),
        en="Low-voltage Electrician Skills Training",
        ko="저압전기공 기능연수",
        tags=("职业技能", "技能提升"),
        sectors=("C", "D"),
        quals=("series", "class"),
    ),
    Subject(
        "korean_cuisine",
        kind=T,
        owners=("rsj", "cxz", "wlj"),
        zh=("朝鲜族特色餐饮技能培训", "朝鲜族风味菜烹饪培训", "民族餐饮厨师技能培训"),
        en="Korean Cuisine Chef Training",
        ko="조선족 전통요리 기능연수",
        tags=("餐饮", "职业技能"),
        sectors=("H62",),
        quals=("class", "lang", "series"),
    ),
    Subject(
        "ecom_live",
        kind=T,
        owners=("swj", "gxj", "bhq"),
        zh=("跨境电商直播带货实操培训", "跨境电商运营实务培训", "电商直播技能培训"),
        en="Cross-border E-commerce Livestreaming Workshop",
        ko="국경간 전자상거래 라이브커머스 연수",
        tags=("跨境电商", "直播"),
        sectors=("F52", "I65"),
        quals=("series", "class"),
    ),
    Subject(
        "customs_decl",
        kind=T,
        owners=("hg", "swj", "kab"),
        zh=("进出口报关实务培训", "外贸单证与报关操作培训", "海关申报规范培训"),
        en="Customs Declaration Practice Training",
        ko="수출입 통관실무 연수",
        tags=("报关", "外贸"),
        sectors=("F51", "G54"),
        quals=("series",),
    ),
    Subject(
        "food_manager",
        kind=T,
        owners=("scj",),
        zh=("食品安全管理员培训", "餐饮服务食品安全培训", "食品经营者食品安全知识培训"),
        en="Food Safety Manager Training",
        ko="식품안전관리원 연수",
        tags=("食品安全",),
        sectors=("H62", "C14"),
        quals=("class", "town", "ampm"),
    ),
    Subject(
        "special_equipment",
        kind=T,
        owners=("scj", "gxj"),
        zh=("特种设备安全管理人员培训", "电梯锅炉使用单位安全培训", "特种设备作业人员培训"),
        en="Special Equipment Safety Training",
        ko="특수설비 안전관리 연수",
        tags=("特种设备", "安全生产"),
        sectors=("C",),
        quals=("series", "class"),
    ),
    Subject(
        "forest_fire",
        kind=T,
        owners=("lyj",),
        zh=("森林草原防灭火业务培训", "春季森林防火扑救技能培训", "护林员防火知识培训"),
        en="Forest Fire Prevention Training",
        ko="산림방화 업무연수",
        tags=("森林防火",),
        sectors=("A02",),
        quals=("town", "series"),
    ),
    Subject(
        "understory",
        kind=T,
        owners=("lyj", "nyj"),
        zh=("林下经济种植养殖技术培训", "林下参与林蛙养殖培训", "林下经济实用技术培训"),
        en="Understory Economy Techniques Training",
        ko="림하경제 재배양식 기술연수",
        tags=("林下经济", "林蛙", "林下参"),
        sectors=("A02",),
        quals=("town", "series"),
    ),
    Subject(
        "snow_service",
        kind=T,
        owners=("wlj", "rsj"),
        zh=("冰雪旅游服务技能培训", "滑雪场服务人员岗位培训", "冰雪旅游从业人员培训"),
        en="Ice and Snow Tourism Service Training",
        ko="빙설관광 서비스 연수",
        tags=("冰雪旅游", "服务技能"),
        sectors=("R", "H61"),
        quals=("class", "ampm"),
    ),
    Subject(
        "guesthouse",
        kind=T,
        owners=("wlj", "cxz"),
        zh=("民宿经营管理培训", "朝鲜族特色民宿运营培训", "乡村民宿服务提升培训"),
        en="Guesthouse Management Training",
        ko="민박 경영관리 연수",
        tags=("民宿", "乡村旅游"),
        sectors=("H61",),
        quals=("town", "series"),
    ),
    Subject(
        "digital",
        kind=T,
        owners=("gxj",),
        zh=("中小企业数字化转型培训", "企业上云用数赋智培训", "工业企业数字化改造培训"),
        en="SME Digital Transformation Training",
        ko="중소기업 디지털전환 연수",
        tags=("数字化转型",),
        sectors=("C", "I65"),
        quals=("series", "class"),
    ),
    Subject(
        "work_safety",
        kind=T,
        owners=("gxj", "rsj"),
        zh=("工贸企业安全生产培训", "企业主要负责人安全生产培训", "安全生产标准化培训"),
        en="Workplace Safety Training for Manufacturers",
        ko="공장기업 안전생산 연수",
        tags=("安全生产",),
        sectors=("C",),
        quals=("series", "class", "ampm"),
    ),
    Subject(
        "einvoice",
        kind=T,
        owners=("sw",),
        zh=("纳税人学堂：数电发票操作培训", "全面数字化电子发票业务培训", "数电票开具实操培训"),
        en="e-Invoice Training for Taxpayers",
        ko="전자세금계산서 실무연수",
        tags=("数电发票", "纳税服务"),
        sectors=(),
        quals=("series", "ampm"),
    ),
    Subject(
        "export_rebate",
        kind=T,
        owners=("sw", "swj", "hg"),
        zh=("出口退税业务培训", "出口退（免）税申报实务培训", "外贸企业退税办理培训"),
        en="Export Tax Rebate Workshop",
        ko="수출세금 환급 실무연수",
        tags=("出口退税",),
        sectors=("F51", "C"),
        quals=("series",),
    ),
    Subject(
        "syb",
        kind=T,
        owners=("rsj", "cxz"),
        zh=("SYB创业培训", "创办你的企业（SYB）培训", "返乡创业能力培训"),
        en="Start Your Business (SYB) Training",
        ko="창업연수(SYB)",
        tags=("创业", "就业服务"),
        sectors=(),
        quals=("class", "series", "lang"),
    ),
    Subject(
        "trade_korean",
        kind=T,
        owners=("rsj", "bhq", "cxz"),
        zh=("边贸朝鲜语实用翻译培训", "商务朝鲜语口语培训", "边贸翻译人员技能培训"),
        en="Business Korean for Border Trade",
        ko="변경무역 통번역 연수",
        tags=("翻译", "边贸"),
        sectors=("F51",),
        quals=("class", "series"),
    ),
    Subject(
        "hushi_processing",
        kind=T,
        owners=("bhq", "gxj"),
        zh=("互市商品落地加工企业培训", "边民互市进口商品加工业务培训", "互市贸易落地加工实务培训"),
        en="Border Trade Goods Processing Training",
        ko="호시상품 현지가공 연수",
        tags=("互市贸易", "落地加工"),
        sectors=("C13",),
        quals=("series",),
    ),
    Subject(
        "ginseng_processing",
        kind=T,
        owners=("gxj", "nyj", "scj"),
        zh=("人参精深加工技术培训", "人参产品加工与质量标准培训", "参茸产品精深加工培训"),
        en="Ginseng Processing Training",
        ko="인삼 정밀가공 기술연수",
        tags=("人参", "精深加工"),
        sectors=("C13", "C14"),
        quals=("series", "class"),
    ),
    Subject(
        "foreign_trade",
        kind=P,
        owners=("swj", "bhq", "hg"),
        zh=("稳外贸政策宣讲会", "外贸惠企政策解读会", "外贸企业政策宣讲"),
        en="Foreign Trade Policy Briefing",
        ko="대외무역 정책 설명회",
        tags=("稳外贸", "外贸政策", "惠企"),
        sectors=("F51", "C"),
        quals=("town", "series"),
    ),
    Subject(
        "hushi_policy",
        kind=P,
        owners=("bhq", "kab", "hg"),
        zh=("边民互市贸易政策宣讲", "互市贸易新政解读", "边民互市业务政策宣传"),
        en="Border Residents' Trade Policy Briefing",
        ko="변민호시 정책 설명회",
        tags=("互市贸易", "边民"),
        sectors=("F51",),
        quals=("town", "ampm"),
    ),
    Subject(
        "port_clearance",
        kind=P,
        owners=("kab", "hg"),
        zh=("口岸通关便利化措施宣讲", "通关便利化政策解读会", "口岸提效降费政策宣讲"),
        en="Port Clearance Facilitation Briefing",
        ko="통관 편리화 조치 설명회",
        tags=("口岸", "通关"),
        sectors=("G54", "F51"),
        quals=("series",),
    ),
    Subject(
        "social_insurance",
        kind=P,
        owners=("rsj",),
        zh=("社会保险政策宣讲会", "养老保险参保政策宣传", "社保待遇政策解读"),
        en="Social Insurance Policy Briefing",
        ko="사회보험 정책 설명회",
        tags=("社保", "养老保险"),
        sectors=(),
        quals=("town", "ampm"),
    ),
    Subject(
        "job_subsidy",
        kind=P,
        owners=("rsj",),
        zh=("稳岗返还及就业补贴政策宣讲", "援企稳岗政策解读会", "就业补贴政策宣传"),
        en="Job Retention Subsidy Briefing",
        ko="일자리 안정 보조금 설명회",
        tags=("稳岗", "就业补贴", "惠企"),
        sectors=(),
        quals=("town", "series"),
    ),
    Subject(
        "tax_relief",
        kind=P,
        owners=("sw",),
        zh=("小微企业减税降费政策宣讲", "税费优惠政策解读会", "结构性减税政策宣传"),
        en="Tax Relief Policy Briefing for Small Businesses",
        ko="소상공인 세금감면 정책 설명회",
        tags=("减税降费", "税费优惠"),
        sectors=(),
        quals=("series", "town"),
    ),
    Subject(
        "geo_mark",
        kind=P,
        owners=("scj", "nyj"),
        zh=("地理标志商标保护宣讲", "知识产权保护政策宣传", "地标品牌建设宣讲会"),
        en="Geographical Indication and Trademark Briefing",
        ko="지리표시 상표보호 설명회",
        tags=("知识产权", "地理标志"),
        sectors=("A", "C13"),
        quals=("town",),
    ),
    Subject(
        "food_publicity",
        kind=P,
        owners=("scj",),
        zh=("食品安全法规宣讲", "消费维权与食品安全宣传", "食品安全进企业宣传"),
        en="Food Safety Regulation Briefing",
        ko="식품안전 법규 설명회",
        tags=("食品安全", "消费维权"),
        sectors=("H62", "F52"),
        quals=("town", "ampm"),
    ),
    Subject(
        "ginseng_policy",
        kind=P,
        owners=("nyj", "gxj"),
        zh=("人参产业扶持政策宣讲", "人参产业高质量发展政策解读", "参业惠企政策宣讲会"),
        en="Ginseng Industry Support Policy Briefing",
        ko="인삼산업 지원정책 설명회",
        tags=("人参", "产业政策"),
        sectors=("A01", "C13"),
        quals=("town",),
    ),
    Subject(
        "cattle_policy",
        kind=P,
        owners=("nyj",),
        zh=("肉牛养殖补贴及保险政策宣讲", "黄牛产业扶持政策宣传", "肉牛政策性保险宣讲"),
        en="Cattle Subsidy and Insurance Briefing",
        ko="황소산업 보조금·보험 정책 설명회",
        tags=("黄牛", "农业保险"),
        sectors=("A03",),
        quals=("town",),
    ),
    Subject(
        "forest_tenure",
        kind=P,
        owners=("lyj",),
        zh=("集体林权制度改革政策宣讲", "林权流转政策解读", "林地经营权政策宣传"),
        en="Collective Forest Tenure Policy Briefing",
        ko="집체림권 개혁정책 설명회",
        tags=("林权",),
        sectors=("A02",),
        quals=("town",),
    ),
    Subject(
        "snow_policy",
        kind=P,
        owners=("wlj", "swj"),
        zh=("冰雪旅游季惠企政策宣讲", "冰雪经济扶持政策解读会", "冰雪旅游招商推介会"),
        en="Ice and Snow Tourism Incentives Briefing",
        ko="빙설관광 지원정책 설명회",
        tags=("冰雪旅游", "招商"),
        sectors=("R", "H61"),
        quals=("series",),
    ),
    Subject(
        "korean_entrepreneurs",
        kind=P,
        owners=("cxz", "rsj"),
        zh=("朝鲜族企业家惠企政策分享会", "民营企业惠企政策宣讲会", "朝企协会员政策宣讲"),
        en="Policy Briefing for Ethnic-Korean Entrepreneurs",
        ko="조선족기업인 지원정책 설명회",
        tags=("惠企", "民营经济"),
        sectors=(),
        quals=("series",),
    ),
    Subject(
        "overseas_work",
        kind=P,
        owners=("rsj", "cxz"),
        zh=("赴韩务工合法渠道宣传", "境外劳务合作政策宣讲", "出国（境）务工风险防范宣传"),
        en="Safe Overseas Employment Briefing",
        ko="한국 취업 합법경로 안내 설명회",
        tags=("境外务工", "劳务合作"),
        sectors=(),
        quals=("town", "lang"),
    ),
    Subject(
        "srdi",
        kind=P,
        owners=("gxj",),
        zh=("专精特新企业培育政策宣讲", "中小企业梯度培育政策解读", "专精特新申报政策宣讲会"),
        en="Specialised SME Programme Briefing",
        ko="전문·특화 중소기업 육성정책 설명회",
        tags=("专精特新",),
        sectors=("C",),
        quals=("series",),
    ),
    Subject(
        "annual_report",
        kind=P,
        owners=("scj",),
        zh=("企业年报公示政策宣传", "市场主体年报及信用修复宣讲", "企业信用监管政策解读"),
        en="Annual Report Filing Briefing",
        ko="기업 연차보고 안내 설명회",
        tags=("年报", "信用"),
        sectors=(),
        quals=("town", "ampm"),
    ),
    Subject(
        "korea_investment",
        kind=P,
        owners=("swj", "bhq"),
        zh=("对韩经贸合作政策推介", "外商投资政策宣讲", "韩资企业服务政策说明会"),
        en="Korea Trade and Investment Policy Briefing",
        ko="대한국 경제무역 협력 설명회",
        tags=("外资", "对韩合作"),
        sectors=("C", "F51"),
        quals=("series",),
    ),
    Subject(
        "rural_ecom",
        kind=P,
        owners=("swj", "nyj"),
        zh=("电商进农村政策宣讲", "农产品网销扶持政策宣传", "农村电商惠农政策解读"),
        en="Rural E-commerce Policy Briefing",
        ko="농촌 전자상거래 정책 설명회",
        tags=("农村电商", "跨境电商"),
        sectors=("A", "F52"),
        quals=("town",),
    ),
)

# --------------------------------------------------------------------------- venues


@dataclass(frozen=True)
class Venue:
    key: str
    town: str
    names: tuple[str, ...]
    abbr: tuple[str, ...]
    en: tuple[str, ...]
    ko: tuple[str, ...]


@dataclass(frozen=True)
class Room:
    key: str
    venue: str
    building: int
    letter: str
    floor: int
    zh: tuple[str, ...]
    en: tuple[str, ...]
    ko: tuple[str, ...]
    adj: str


def _meet(n: int) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    c = _cn(n)
    return (
        (
            f"第{c}会议室",
            f"{c}号会议室",
            f"{n}号会议室",
            f"{c}会议室",
            f"会议室{n}",
            f"第{n}会议室",
        ),
        (f"Meeting Room {n}", f"Conference Room {n}"),
        (f"제{n}회의실",),
    )


def _num(n: int) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    return (
        (f"{n}教室", f"{n}室", f"{n}", f"{n}号教室", f"{n // 100}-{n % 100:02d}室"),
        (f"Room {n}", f"Classroom {n}"),
        (f"{n}호 강의실", f"{n}호"),
    )


def _hall(n: int) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    c = _cn(n)
    return (
        (f"{c}号厅", f"{n}号厅", f"第{c}报告厅", f"{n}厅", f"{c}号报告厅"),
        (f"Hall {n}", f"Hall No.{n}"),
        (f"제{n}홀", f"{n}번홀"),
    )


def _live(n: int) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    c = _cn(n)
    return (
        (f"{n}号直播间", f"{c}号直播间", f"直播间{n}", f"第{c}直播间"),
        (f"Livestream Studio {n}", f"Studio {n}"),
        (f"{n}번 라이브룸",),
    )


def _classroom(n: int) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    c = _cn(n)
    return (
        (f"培训教室{n}", f"{c}号培训教室", f"{n}号教室", f"第{c}教室", f"{c}教室"),
        (f"Classroom {n}", f"Training Room {n}"),
        (f"제{n}강의실", f"{n}번 교실"),
    )


def _letter_room(x: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    return (
        (f"培训室{x}", f"{x}培训室", f"{x}室", f"培训室（{x}）", f"{x}区培训室"),
        (f"Room {x}", f"Training Room {x}"),
        (f"{x}연수실", f"연수실 {x}"),
    )


def _letter_hall(x: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    return (
        (f"培训中心{x}厅", f"培训中心 {x} 厅", f"{x}厅", f"培训中心{x}座厅"),
        (f"Hall {x}", f"Training Center Hall {x}"),
        (f"연수센터 {x}홀", f"{x}홀"),
    )


_Names = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]


def _named(zh: tuple[str, ...], en: tuple[str, ...], ko: tuple[str, ...]) -> _Names:
    return (zh, en, ko)


MEETING_ROOM: _Names = (("会议室",), ("Meeting Room",), ("회의실",))

VENUES: tuple[Venue, ...] = (
    Venue(
        "zwzx",
        "longyan",
        ("图安市政务服务中心", "政务服务中心", "市政务服务中心", "政务中心"),
        ("政务中心", "市政务中心"),
        ("Tuan Government Service Center", "Government Service Center"),
        ("도안시 정무봉사중심", "정무봉사중심"),
    ),
    Venue(
        "dx",
        "longyan",
        ("中共图安市委党校", "图安市委党校", "市委党校", "党校"),
        ("市委党校", "党校"),
        ("Party School of CPC Tuan Committee", "Tuan Party School"),
        ("도안시당학교", "시당학교"),
    ),
    Venue(
        "bhq",
        "jiangkou",
        (
            "图安边境经济合作区管理委员会",
            "边境经济合作区管委会",
            "图安边合区管委会",
            "边合区管委会",
        ),
        ("边合区管委会", "边境经合区管委会", "边合区"),
        (
            "Tuan Border Economic Cooperation Zone Administrative Committee",
            "BECZ Administrative Committee",
        ),
        ("도안 변경경제합작구 관리위원회", "변경경제합작구 관리위원회"),
    ),
    Venue(
        "ka",
        "jiangkou",
        ("图安公路口岸联检大楼", "图安口岸联检楼", "口岸联检大楼", "江口口岸联检楼"),
        ("口岸联检楼", "联检楼"),
        ("Tuan Road Port Joint Inspection Building", "Tuan Port Inspection Building"),
        ("도안 통상구 연합검사청사", "통상구 청사"),
    ),
    Venue(
        "hs",
        "jiangkou",
        (
            "江口边民互市贸易区综合服务中心",
            "边民互市贸易区服务中心",
            "互市贸易区服务中心",
            "江口互市贸易区服务中心",
        ),
        ("互市区服务中心", "互市中心"),
        ("Jiangkou Border Trade Market Service Center", "Border Trade Market Service Center"),
        ("강구 변민호시무역구 종합봉사중심", "호시무역구 봉사중심"),
    ),
    Venue(
        "whg",
        "longyan",
        ("图安市朝鲜族文化宫", "朝鲜族文化宫", "民族文化宫"),
        ("文化宫", "民族文化宫"),
        ("Tuan Korean Ethnic Cultural Palace", "Korean Cultural Palace"),
        ("도안시 조선족문화궁", "조선족문화궁", "문화궁"),
    ),
    Venue(
        "rsy",
        "songling",
        ("图安人参产业园", "人参产业园", "图安参业园区"),
        ("参业园", "人参园"),
        ("Tuan Ginseng Industrial Park", "Ginseng Industrial Park"),
        ("도안 인삼산업단지", "인삼산업단지"),
    ),
    Venue(
        "ds",
        "beihu",
        ("图安市电子商务产业园", "电子商务产业园", "电商产业园"),
        ("电商园", "电商产业园"),
        ("Tuan E-commerce Industrial Park", "E-commerce Park"),
        ("도안 전자상거래산업단지", "전자상거래단지"),
    ),
    Venue(
        "njzx",
        "longyan",
        ("图安市农业技术推广中心", "农业技术推广中心", "农技推广中心"),
        ("农技中心", "市农技站"),
        ("Tuan Agricultural Technology Extension Center", "Agri-Tech Center"),
        ("도안시 농업기술보급중심", "농업기술보급중심"),
    ),
    Venue(
        "lcj",
        "longyan",
        ("图安市林业和草原局", "林业和草原局", "市林业和草原局"),
        ("林草局", "市林草局"),
        ("Tuan Forestry and Grassland Bureau", "Forestry Bureau"),
        ("도안시 림업초원국", "림업초원국"),
    ),
    Venue(
        "xf",
        "xuefeng",
        ("雪峰国际滑雪场游客中心", "雪峰滑雪场游客中心", "雪峰国际滑雪场"),
        ("滑雪场游客中心", "雪峰雪场"),
        ("Xuefeng Ski Resort Visitor Center", "Xuefeng Ski Resort"),
        ("설봉국제스키장 관광객센터", "설봉스키장"),
    ),
    Venue(
        "tax",
        "longyan",
        ("国家税务总局图安市税务局", "图安市税务局", "市税务局"),
        ("税务局", "市局"),
        ("Tuan Municipal Tax Service", "Tuan Tax Bureau"),
        ("도안시 세무국", "세무국"),
    ),
    Venue(
        "jy",
        "beihu",
        ("图安市公共就业服务中心", "公共就业服务中心", "市就业服务中心"),
        ("就业服务中心", "就业中心"),
        ("Tuan Public Employment Service Center", "Employment Service Center"),
        ("도안시 공공취업봉사중심", "취업봉사중심"),
    ),
    Venue(
        "xz",
        "longyan",
        ("图安市行政中心", "市行政中心", "图安市行政办公中心"),
        ("行政中心", "市行政中心"),
        ("Tuan Administrative Center", "Administrative Center"),
        ("도안시 행정중심", "행정중심"),
    ),
    *tuple(
        Venue(
            f"gov-{t.key}",
            t.key,
            (f"{t.zh}人民政府", f"{t.zh}政府", f"{t.short}{t.zh[-1]}政府")
            if not t.zh.endswith("街道")
            else (f"{t.zh}办事处", f"{t.zh}办", f"{t.short}街道办"),
            (f"{t.short}政府",) if not t.zh.endswith("街道") else (f"{t.short}街道",),
            (f"{t.en} Government",),
            (f"{t.ko} 정부",) if not t.zh.endswith("街道") else (f"{t.ko} 판사처",),
        )
        for t in TOWNS
    ),
)
VENUE_BY_KEY = {v.key: v for v in VENUES}


def _room(
    key: str,
    venue: str,
    names: _Names,
    *,
    b: int = 0,
    letter: str = "",
    floor: int = 0,
    adj: str = "",
) -> Room:
    return Room(key, venue, b, letter, floor, names[0], names[1], names[2], adj)


ROOMS: tuple[Room, ...] = (
    _room("zwzx-m1", "zwzx", _meet(1), b=2, floor=3, adj="zwzx3"),
    _room("zwzx-m2", "zwzx", _meet(2), b=2, floor=3, adj="zwzx3"),
    _room(
        "zwzx-dgn",
        "zwzx",
        _named(
            ("多功能厅", "多功能会议厅"),
            ("Multi-function Hall", "Multipurpose Hall"),
            ("다기능홀",),
        ),
        b=2,
        floor=5,
    ),
    _room(
        "zwzx-px",
        "zwzx",
        _named(("企业培训室", "培训室"), ("Training Room",), ("연수실",)),
        b=1,
        floor=2,
    ),
    _room(
        "dx-bgt",
        "dx",
        _named(("报告厅", "学术报告厅"), ("Lecture Hall", "Auditorium"), ("강당",)),
        floor=1,
    ),
    _room("dx-301", "dx", _num(301), floor=3, adj="dx3"),
    _room("dx-302", "dx", _num(302), floor=3, adj="dx3"),
    _room("bhq-m1", "bhq", _meet(1), floor=6, adj="bhq6"),
    _room("bhq-m2", "bhq", _meet(2), floor=6, adj="bhq6"),
    _room(
        "bhq-ly",
        "bhq",
        _named(("路演厅", "企业服务路演厅"), ("Roadshow Hall",), ("로드쇼홀",)),
        floor=1,
    ),
    _room("ka-h1", "ka", _hall(1), floor=2, adj="ka2"),
    _room("ka-h2", "ka", _hall(2), floor=2, adj="ka2"),
    _room("ka-h3", "ka", _hall(3), floor=2, adj="ka2"),
    _room("hs-a", "hs", _letter_room("A"), floor=2, adj="hs2"),
    _room("hs-b", "hs", _letter_room("B"), floor=2, adj="hs2"),
    _room(
        "whg-dgn",
        "whg",
        _named(("多功能厅", "多功能演艺厅"), ("Multi-function Hall",), ("다기능홀",)),
        floor=2,
    ),
    _room("whg-c1", "whg", _classroom(1), floor=3, adj="whg3"),
    _room("whg-c2", "whg", _classroom(2), floor=3, adj="whg3"),
    _room("rsy-b", "rsy", _letter_hall("B"), adj="rsy"),
    _room("rsy-c", "rsy", _letter_hall("C"), adj="rsy"),
    _room("ds-l1", "ds", _live(1), floor=2, adj="ds2"),
    _room("ds-l2", "ds", _live(2), floor=2, adj="ds2"),
    _room(
        "ds-ly",
        "ds",
        _named(("路演中心", "路演厅"), ("Roadshow Center",), ("로드쇼센터",)),
        floor=4,
    ),
    _room(
        "njzx-px",
        "njzx",
        _named(("农民培训室", "培训大厅"), ("Farmer Training Hall",), ("농민연수실",)),
        floor=4,
    ),
    _room("njzx-m", "njzx", MEETING_ROOM, floor=2),
    _room("lcj-m", "lcj", MEETING_ROOM, b=2, floor=3),
    _room(
        "lcj-zh",
        "lcj",
        _named(
            ("森林防火指挥中心", "防火指挥中心"),
            ("Forest Fire Command Center",),
            ("산림방화지휘중심",),
        ),
        b=1,
        floor=1,
    ),
    _room("xf-m", "xf", MEETING_ROOM, floor=2),
    _room(
        "tax-xt",
        "tax",
        _named(("纳税人学堂", "纳税人学堂教室"), ("Taxpayer School Classroom",), ("납세자학당",)),
        floor=4,
    ),
    _room("tax-m1", "tax", _meet(1), floor=5),
    _room("jy-c1", "jy", _classroom(1), floor=3, adj="jy3"),
    _room("jy-c2", "jy", _classroom(2), floor=3, adj="jy3"),
    _room(
        "jy-zp",
        "jy",
        _named(("招聘大厅", "人力资源市场大厅"), ("Job Fair Hall",), ("채용홀",)),
        floor=1,
    ),
    _room("xz-m3", "xz", _meet(3), b=2, letter="B", floor=7, adj="xz7"),
    _room("xz-m4", "xz", _meet(4), b=2, letter="B", floor=7, adj="xz7"),
    _room(
        "xz-big",
        "xz",
        _named(("大会议室", "多媒体大会议室"), ("Main Conference Hall",), ("대회의실",)),
        b=1,
        letter="A",
        floor=2,
    ),
    *tuple(_room(f"gov-{t.key}", f"gov-{t.key}", MEETING_ROOM, floor=3) for t in TOWNS),
)
ROOM_BY_KEY = {r.key: r for r in ROOMS}
ROOMS_BY_VENUE: dict[str, list[Room]] = {}
for _r in ROOMS:
    ROOMS_BY_VENUE.setdefault(_r.venue, []).append(_r)
ADJACENT: dict[str, list[Room]] = {}
for _r in ROOMS:
    if _r.adj:
        ADJACENT.setdefault(_r.adj, []).append(_r)
CITY_ROOMS = [r for r in ROOMS if not r.venue.startswith("gov-")]

PREFIXES = ("图安市", "吉林省图安市", "吉林省白岭朝鲜族自治州图安市", "白岭州图安市", "图安")

# ---------------------------------------------------------------------- spellings


def _building(room: Room, lang: str, rng: random.Random) -> str:
    b = room.building
    if not b:
        return ""
    if lang == "en":
        return rng.choice([f"Building {room.letter or b}", f"Bldg {b}"])
    if lang == "ko":
        return f"{room.letter or b}동"
    opts = [f"{b}号楼", f"{b}#楼", f"{_cn(b)}号楼"]
    if room.letter:
        opts += [f"{room.letter}栋", f"{room.letter}座", f"{room.letter}栋"]
    return rng.choice(opts)


def _floor(room: Room, lang: str, rng: random.Random) -> str:
    f = room.floor
    if not f:
        return ""
    if lang == "en":
        return rng.choice([f"{f}F", f"Floor {f}"])
    if lang == "ko":
        return f"{f}층"
    return rng.choice([f"{f}楼", f"{_cn(f)}楼", f"{f}F", f"{f}层", f"{_cn(f)}层"])


def spell_room(dept: Dept, room: Room, rng: random.Random, lang: str = "zh") -> str:
    """One department's spelling of one room."""
    venue = VENUE_BY_KEY[room.venue]
    style = rng.choice(dept.venue_styles)
    if lang == "en":
        style = "en"
    elif lang == "ko" and style not in ("ko", "bilingual"):
        style = "ko"
    drop_b = rng.random() < 0.25
    drop_f = rng.random() < 0.35
    if style == "en":
        parts = [rng.choice(room.en)]
        if not drop_f and room.floor:
            parts.append(_floor(room, "en", rng))
        if not drop_b and room.building:
            parts.append(_building(room, "en", rng))
        parts.append(rng.choice(venue.en))
        if rng.random() < 0.4:
            parts.append("Tuan City")
        return ", ".join(parts)
    if style == "ko":
        parts = [rng.choice(venue.ko)]
        if not drop_b and room.building:
            parts.append(_building(room, "ko", rng))
        if not drop_f and room.floor:
            parts.append(_floor(room, "ko", rng))
        parts.append(rng.choice(room.ko))
        return " ".join(parts)
    if style == "abbr":
        vname = rng.choice(venue.abbr)
    elif style == "full":
        vname = rng.choice(PREFIXES[1:4]) + venue.names[0].removeprefix("中共").removeprefix(
            "图安市"
        )
    elif style == "city":
        name = rng.choice(venue.names)
        vname = (
            name
            if name.startswith(("图安", "中共"))
            else rng.choice(PREFIXES[:1] + PREFIXES[4:]) + name
        )
    else:
        vname = rng.choice(venue.names[1:] or venue.names)
    if venue.key.startswith("gov-") and style in ("full", "city") and rng.random() < 0.5:
        vname = rng.choice(PREFIXES[:3]) + venue.names[0]
    inner = ""
    if not drop_b:
        inner += _building(room, "zh", rng)
    if not drop_f:
        inner += _floor(room, "zh", rng)
    roomname = rng.choice(room.zh)
    if inner and rng.random() < 0.25:
        inner += " "
    inner += roomname
    if style == "bilingual" or (style == "city" and rng.random() < 0.15):
        vname = f"{vname}（{rng.choice(venue.ko)}）"
    sep = rng.choice(["", "", "", " ", "·"])
    if style == "bracket" or rng.random() < 0.1:
        out = f"{vname}（{inner}）"
    else:
        out = f"{vname}{sep}{inner}"
    if dept.fullwidth and rng.random() < dept.fullwidth:
        out = _fullwidth(out)
    return out


# --------------------------------------------------------------------------- online

PLATFORMS: dict[str, tuple[str, str, str, str, str]] = {
    # key: (zh, en, ko, url prefix, homepage)
    "tencent": (
        "腾讯会议",
        "VooV Meeting",
        "텐센트회의",
        "https://meeting.tencent.com/p/",
        "https://meeting.tencent.com/",
    ),
    "ding": (
        "钉钉会议",
        "DingTalk Meeting",
        "딩톡 회의",
        "https://meeting.dingtalk.com/j/",
        "https://www.dingtalk.com/",
    ),
    "gov": (
        "吉林政务云视频",
        "Jilin Gov Video Cloud",
        "길림정무 화상회의",
        "https://vc.jlzwy.gov.cn/join?no=",
        "https://vc.jlzwy.gov.cn/",
    ),
}


@dataclass(frozen=True)
class Online:
    platform: str
    code: str


def _fmt_code(code: str, rng: random.Random) -> str:
    style = rng.randrange(3)
    if style == 0:
        return f"{code[:3]}-{code[3:6]}-{code[6:]}"
    if style == 1:
        return code
    return f"{code[:3]} {code[3:6]} {code[6:]}"


def _online_parts(
    online: Online, lang: str, keep_code: bool, rng: random.Random
) -> tuple[str | None, str | None]:
    zh, en, ko, url, home = PLATFORMS[online.platform]
    name = {"en": en, "ko": ko}.get(lang, zh)
    link = url + online.code
    if not keep_code:
        form = rng.randrange(3)
        if form == 0:
            return (
                f"线上（{name}）"
                if lang == "zh"
                else f"Online ({name})"
                if lang == "en"
                else f"온라인 ({name})"
            ), None
        if form == 1:
            return name, home
        return ("线上直播" if lang == "zh" else "Online"), None
    code = _fmt_code(online.code, rng)
    form = rng.randrange(4)
    if form == 0:
        sep = (
            rng.choice(["：", " ", " ID ", "会议号："])
            if lang == "zh"
            else " ID "
            if lang == "en"
            else " "
        )
        return f"{name}{sep}{code}", (link if rng.random() < 0.5 else None)
    if form == 1:
        return (
            f"线上（{name}）"
            if lang == "zh"
            else f"Online ({name})"
            if lang == "en"
            else f"온라인 ({name})"
        ), link
    if form == 2:
        return None, link
    return f"{name} 会议号 {code}" if lang == "zh" else f"{name} {code}", link


# --------------------------------------------------------------------------- sessions


@dataclass
class Session:
    sid: int
    subject: Subject
    kind: str
    hosts: list[str]
    start: datetime
    end: datetime
    family: str
    room: Room | None = None
    online: Online | None = None
    qual: tuple[str, str] | None = None
    phrase: int = 0
    anchor: str = ""
    regions: list[str] = field(default_factory=list)
    capacity: int | None = None
    placeholder: str | None = None
    bilingual_dup: bool = False


def _days() -> tuple[list[date], list[date]]:
    work: list[date] = []
    weekend: list[date] = []
    for i in range(WEEKS * 7):
        d = FIRST_DAY + timedelta(days=i)
        if d in HOLIDAYS:
            continue
        if d.weekday() < 5 or d in MAKEUP_DAYS:
            work.append(d)
        else:
            weekend.append(d)
    return work, weekend


WORKDAYS, WEEKENDS = _days()
AM_STARTS = (8 * 60 + 30, 9 * 60, 9 * 60, 9 * 60 + 30, 10 * 60)
PM_STARTS = (13 * 60 + 30, 14 * 60, 14 * 60, 14 * 60 + 30, 15 * 60, 15 * 60 + 30)
DURATIONS = (60, 90, 90, 120, 120, 150, 180)


def _at(d: date, minutes: int) -> datetime:
    return datetime(d.year, d.month, d.day, minutes // 60, minutes % 60, tzinfo=TZ8)


class Planner:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.sessions: list[Session] = []
        self.busy: dict[str, list[tuple[datetime, datetime]]] = {}
        self.codes: set[str] = set()

    def slot(self, part: str | None = None) -> tuple[int, int]:
        rng = self.rng
        if part is None:
            r = rng.random()
            part = "day" if r < 0.03 else "am" if r < 0.52 else "pm"
        if part == "day":
            return 9 * 60, 450
        if part == "eve":
            return 19 * 60, rng.choice((90, 120))
        start = rng.choice(AM_STARTS if part == "am" else PM_STARTS)
        limit = (12 * 60 if part == "am" else 18 * 60) - start
        dur = rng.choice([x for x in DURATIONS if x <= limit])
        return start, dur

    def free(self, room: Room, s: datetime, e: datetime) -> bool:
        gap = timedelta(minutes=60)
        return all(e + gap <= bs or be + gap <= s for bs, be in self.busy.get(room.key, []))

    def code(self) -> Online:
        while True:
            c = str(self.rng.randrange(100_000_000, 1_000_000_000))
            if c not in self.codes:
                self.codes.add(c)
                return Online(self.rng.choice(("tencent", "tencent", "ding", "gov")), c)

    def add(
        self,
        subj: Subject,
        primary: str,
        d: date,
        start: int,
        dur: int,
        family: str,
        *,
        room: Room | None = None,
        online: Online | None = None,
        qual: tuple[str, str] | None = None,
        phrase: int | None = None,
        anchor: str = "",
        town: Town | None = None,
    ) -> Session | None:
        s, e = _at(d, start), _at(d, start + dur)
        if room is not None and not self.free(room, s, e):
            return None
        rng = self.rng
        if room is not None:
            self.busy.setdefault(room.key, []).append((s, e))
        if town is not None:
            regions = [town.key]
        elif rng.random() < 0.65:
            regions = []
        else:
            regions = [t.key for t in rng.sample(TOWNS, rng.choice((1, 1, 2)))]
        sess = Session(
            sid=len(self.sessions) + 1,
            subject=subj,
            kind=subj.kind,
            hosts=[primary],
            start=s,
            end=e,
            family=family,
            room=room,
            online=online,
            qual=qual,
            phrase=rng.randrange(len(subj.zh)) if phrase is None else phrase,
            anchor=anchor,
            regions=regions,
            capacity=rng.choice((30, 40, 50, 60, 80, 100, 120, 200, None)),
        )
        self.sessions.append(sess)
        return sess

    def room_for(self, subj: Subject, primary: str) -> Room:
        venues = list(DEPT_BY_CODE[primary].home)
        for o in subj.owners:
            venues += DEPT_BY_CODE[o].home[:1]
        rooms = [r for v in venues for r in ROOMS_BY_VENUE[v]]
        return self.rng.choice(rooms)


def _subjects_with(qual: str) -> list[Subject]:
    return [s for s in SUBJECTS if qual in s.quals]


def _primary(rng: random.Random, subj: Subject) -> str:
    return subj.owners[0] if rng.random() < 0.6 else rng.choice(subj.owners)


# -------------------------------------------------------------------- hard negatives


def _hn_parallel(p: Planner, halls: bool) -> None:
    rng = p.rng
    for _ in range(200):
        if halls:
            rooms = list(ROOMS_BY_VENUE["ka"])
            pool = [s for s in SUBJECTS if set(s.owners) & {"hg", "kab", "bhq", "swj"}]
        else:
            venue = rng.choice([v for v, rs in ROOMS_BY_VENUE.items() if len(rs) >= 2])
            rooms = rng.sample(ROOMS_BY_VENUE[venue], 2)
            pool = list(SUBJECTS)
        subjects = rng.sample(pool, len(rooms))
        d = rng.choice(WORKDAYS)
        start, dur = p.slot()
        if not all(p.free(r, _at(d, start), _at(d, start + dur)) for r in rooms):
            continue
        for r, subj in zip(rooms, subjects, strict=True):
            d2 = dur if rng.random() < 0.6 else rng.choice((60, 90, 120))
            p.add(
                subj,
                _primary(rng, subj),
                d,
                start,
                d2,
                "port_halls" if halls else "parallel_rooms",
                room=r,
            )
        return


def _hn_adjacent(p: Planner, family: str) -> None:
    """Adjacent rooms at one hour; ``classes`` / ``lang_classes`` add qualifiers."""
    rng = p.rng
    for _ in range(200):
        group = "whg3" if family == "lang_classes" else rng.choice(sorted(ADJACENT))
        rooms = rng.sample(ADJACENT[group], 2)
        d = rng.choice(WORKDAYS)
        start, dur = p.slot()
        if not all(p.free(r, _at(d, start), _at(d, start + dur)) for r in rooms):
            continue
        if family == "adjacent":
            same = rng.random() < 0.5
            subj = rng.choice(SUBJECTS)
            subjects = (
                [subj, subj] if same else [subj, rng.choice([s for s in SUBJECTS if s is not subj])]
            )
            phrase = rng.randrange(len(subj.zh))
            prim = _primary(rng, subj)
            for r, s in zip(rooms, subjects, strict=True):
                p.add(
                    s,
                    prim if same else _primary(rng, s),
                    d,
                    start,
                    dur,
                    family,
                    room=r,
                    phrase=phrase if same else None,
                    anchor="room" if same else "",
                )
        elif family == "classes":
            subj = rng.choice(_subjects_with("class"))
            phrase = rng.randrange(len(subj.zh))
            prim = _primary(rng, subj)
            for i, r in enumerate(rooms, 1):
                p.add(
                    subj,
                    prim,
                    d,
                    start,
                    dur,
                    family,
                    room=r,
                    qual=("class", str(i)),
                    phrase=phrase,
                    anchor="room|qual",
                )
        else:
            subj = rng.choice(_subjects_with("lang"))
            phrase = rng.randrange(len(subj.zh))
            prims = ["cxz" if "cxz" in subj.owners else subj.owners[0], subj.owners[0]]
            for r, lang, prim in zip(rooms, ("ko", "zh"), prims, strict=True):
                p.add(
                    subj,
                    prim,
                    d,
                    start,
                    dur,
                    family,
                    room=r,
                    qual=("lang", lang),
                    phrase=phrase,
                    anchor="room|qual",
                )
        return


def _hn_series(p: Planner) -> None:
    rng = p.rng
    for _ in range(200):
        subj = rng.choice(_subjects_with("series"))
        prim = _primary(rng, subj)
        room = p.room_for(subj, prim)
        n = rng.randint(1, 9)
        phrase = rng.randrange(len(subj.zh))
        mode = rng.choice(("week", "week", "nextday", "ampm"))
        i = rng.randrange(len(WORKDAYS) - 8)
        d1 = WORKDAYS[i]
        if mode == "ampm":
            slots = [(d1, *p.slot("am")), (d1, *p.slot("pm"))]
        else:
            st, du = p.slot()
            d2 = d1 + timedelta(days=7) if mode == "week" else WORKDAYS[i + 1]
            slots = [(d1, st, du), (d2, st, du)]
            if rng.random() < 0.3 and mode == "week":
                slots.append((d1 + timedelta(days=14), st, du))
        if not all(p.free(room, _at(d, st), _at(d, st + du)) for d, st, du in slots):
            continue
        if any(d not in WORKDAYS for d, _, _ in slots):
            continue
        for k, (d, st, du) in enumerate(slots):
            p.add(
                subj,
                prim,
                d,
                st,
                du,
                "series",
                room=room,
                qual=("series", str(n + k)),
                phrase=phrase,
            )
        return


def _hn_ampm(p: Planner) -> None:
    rng = p.rng
    for _ in range(200):
        subj = rng.choice(_subjects_with("ampm"))
        prim = _primary(rng, subj)
        room = p.room_for(subj, prim)
        d = rng.choice(WORKDAYS)
        a, b = (9 * 60, rng.choice((120, 150))), (14 * 60, rng.choice((120, 150)))
        if not (
            p.free(room, _at(d, a[0]), _at(d, sum(a)))
            and p.free(room, _at(d, b[0]), _at(d, sum(b)))
        ):
            continue
        phrase = rng.randrange(len(subj.zh))
        p.add(subj, prim, d, a[0], a[1], "ampm", room=room, qual=("ampm", "am"), phrase=phrase)
        p.add(subj, prim, d, b[0], b[1], "ampm", room=room, qual=("ampm", "pm"), phrase=phrase)
        return


def _hn_town_tour(p: Planner) -> None:
    rng = p.rng
    for _ in range(200):
        subj = rng.choice(_subjects_with("town"))
        prim = _primary(rng, subj)
        towns = rng.sample(TOWNS[:8], rng.choice((2, 3, 3, 4)))
        i = rng.randrange(len(WORKDAYS) - len(towns))
        days = WORKDAYS[i : i + len(towns)]
        st, du = p.slot()
        at_gov = rng.random() < 0.45
        rooms = [ROOM_BY_KEY[f"gov-{t.key}"] if at_gov else None for t in towns]
        if not all(
            r is None or p.free(r, _at(d, st), _at(d, st + du))
            for r, d in zip(rooms, days, strict=True)
        ):
            continue
        qt = rng.choice(("town", "station"))
        phrase = rng.randrange(len(subj.zh))
        for t, d, r in zip(towns, days, rooms, strict=True):
            p.add(
                subj, prim, d, st, du, "town_tour", room=r, qual=(qt, t.key), phrase=phrase, town=t
            )
        return


def _hn_town_teams(p: Planner) -> None:
    rng = p.rng
    for _ in range(200):
        subj = rng.choice(_subjects_with("town"))
        prim = _primary(rng, subj)
        towns = rng.sample(TOWNS[:8], 2)
        d = rng.choice(WORKDAYS)
        st, du = p.slot()
        at_gov = rng.random() < 0.35
        rooms = [ROOM_BY_KEY[f"gov-{t.key}"] if at_gov else None for t in towns]
        if not all(r is None or p.free(r, _at(d, st), _at(d, st + du)) for r in rooms):
            continue
        qt = rng.choice(("town", "station"))
        phrase = rng.randrange(len(subj.zh))
        for t, r in zip(towns, rooms, strict=True):
            p.add(
                subj,
                prim,
                d,
                st,
                du,
                "town_teams",
                room=r,
                qual=(qt, t.key),
                phrase=phrase,
                town=t,
                anchor="room|qual" if at_gov else "qual",
            )
        return


def _hn_online(p: Planner) -> None:
    rng = p.rng
    d = rng.choice(WORKDAYS)
    st, du = p.slot()
    same = rng.random() < 0.5
    subj = rng.choice(SUBJECTS)
    phrase = rng.randrange(len(subj.zh))
    prim = _primary(rng, subj)
    for k in range(2):
        s = subj if same or k == 0 else rng.choice([x for x in SUBJECTS if x is not subj])
        p.add(
            s,
            prim if same else _primary(rng, s),
            d,
            st,
            du,
            "online_same_hour",
            online=p.code(),
            phrase=phrase if same else None,
            anchor="code" if same else "",
        )


def _hn_no_location(p: Planner) -> None:
    rng = p.rng
    d = rng.choice(WORKDAYS)
    st, du = p.slot()
    a = rng.choice(SUBJECTS)
    b = rng.choice([s for s in SUBJECTS if s is not a and not set(s.owners) & set(a.owners)])
    for s in (a, b):
        p.add(s, _primary(rng, s), d, st, rng.choice((du, 60, 120)), "no_location")


def _hn_later_room(p: Planner) -> None:
    rng = p.rng
    for _ in range(200):
        venue = rng.choice([v for v, rs in ROOMS_BY_VENUE.items() if len(rs) >= 2])
        r1, r2 = rng.sample(ROOMS_BY_VENUE[venue], 2)
        d = rng.choice(WORKDAYS)
        st, du = p.slot()
        lag = rng.choice((30, 45, 60))
        if not (
            p.free(r1, _at(d, st), _at(d, st + du))
            and p.free(r2, _at(d, st + lag), _at(d, st + lag + du))
        ):
            continue
        same = rng.random() < 0.3
        a = rng.choice(SUBJECTS)
        b = a if same else rng.choice([s for s in SUBJECTS if s is not a])
        phrase = rng.randrange(len(a.zh))
        prim = _primary(rng, a)
        p.add(
            a, prim, d, st, du, "later_room", room=r1, phrase=phrase, anchor="room" if same else ""
        )
        p.add(
            b,
            prim if same else _primary(rng, b),
            d,
            st + lag,
            du,
            "later_room",
            room=r2,
            phrase=phrase if same else None,
            anchor="room" if same else "",
        )
        return


def _hn_next_week(p: Planner) -> None:
    rng = p.rng
    for _ in range(200):
        subj = rng.choice(SUBJECTS)
        prim = _primary(rng, subj)
        room = p.room_for(subj, prim)
        i = rng.randrange(len(WORKDAYS) - 6)
        d1 = WORKDAYS[i]
        d2 = d1 + timedelta(days=7)
        st, du = p.slot()
        if d2 not in WORKDAYS or not (
            p.free(room, _at(d1, st), _at(d1, st + du))
            and p.free(room, _at(d2, st), _at(d2, st + du))
        ):
            continue
        phrase = rng.randrange(len(subj.zh))
        p.add(subj, prim, d1, st, du, "next_week", room=room, phrase=phrase)
        p.add(subj, prim, d2, st, du, "next_week", room=room, phrase=phrase)
        return


def _plain(p: Planner) -> None:
    rng = p.rng
    for _ in range(200):
        subj = rng.choice(SUBJECTS)
        prim = _primary(rng, subj)
        r = rng.random()
        mode = (
            "room"
            if r < 0.55
            else "online"
            if r < 0.69
            else "hybrid"
            if r < 0.78
            else "town"
            if r < 0.92
            else "none"
        )
        part: str | None = None
        if prim == "cxz" and rng.random() < 0.3:
            part = "eve"
        d = rng.choice(WEEKENDS if prim in ("cxz", "wlj") and rng.random() < 0.15 else WORKDAYS)
        st, du = p.slot(part)
        room: Room | None = None
        town: Town | None = None
        qual: tuple[str, str] | None = None
        if mode in ("room", "hybrid"):
            room = p.room_for(subj, prim)
        elif mode == "town":
            town = rng.choice(TOWNS)
            room = ROOM_BY_KEY[f"gov-{town.key}"] if rng.random() < 0.6 else None
            if rng.random() < 0.4:
                qual = (rng.choice(("town", "station")), town.key)
        if qual is None and "series" in subj.quals and rng.random() < 0.15:
            qual = ("series", str(rng.randint(1, 12)))
        s0, e0 = _at(d, st), _at(d, st + du)
        if any(o.subject is subj and o.start < e0 and s0 < o.end for o in p.sessions):
            continue  # plain sessions never collide with the same subject at the same time
        online = p.code() if mode in ("online", "hybrid") else None
        sess = p.add(subj, prim, d, st, du, "plain", room=room, online=online, qual=qual, town=town)
        if sess is None:
            continue
        if mode == "none" and rng.random() < 0.3:
            sess.placeholder = rng.choice(("地点另行通知", "具体地点另行通知", "待定"))
        if prim in ("cxz", "wlj") and rng.random() < 0.3:
            sess.bilingual_dup = True
        return


# ------------------------------------------------------------------------ postings


def _quarter(d: datetime) -> str:
    return "第一季度" if d.month <= 3 else "第二季度"


def _qual_text(q: tuple[str, str], dept: Dept, lang: str, rng: random.Random) -> tuple[str, str]:
    """(prefix, suffix) for a qualifier."""
    kind, val = q
    if kind == "series":
        n = int(val)
        if lang == "en":
            return "", rng.choice([f" (Session {n})", f" No.{n}"])
        if lang == "ko":
            return "", f" 제{n}기"
        return "", rng.choice([f"第{n}期", f"第{_cn(n)}期", f"（第{n}期）"])
    if kind == "class":
        n = int(val)
        if lang == "en":
            return "", f" Class {n}"
        if lang == "ko":
            return "", f" {n}반"
        return "", rng.choice([f"{_cn(n)}班", f"（{_cn(n)}班）", f"{n}班", f"第{_cn(n)}班"])
    if kind == "ampm":
        am = val == "am"
        if lang == "en":
            return "", " (Morning)" if am else " (Afternoon)"
        if lang == "ko":
            return "", " 오전반" if am else " 오후반"
        return "", rng.choice(
            ["上午场", "（上午场）", "·上午"] if am else ["下午场", "（下午场）", "·下午"]
        )
    if kind == "lang":
        ko = val == "ko"
        if lang == "en":
            return "", " (Korean-language class)" if ko else " (Mandarin class)"
        if lang == "ko":
            return "", " (조선어반)" if ko else " (한어반)"
        return "", rng.choice(
            ["（朝鲜语授课）", "（朝鲜语班）"] if ko else ["（汉语授课）", "（汉语班）"]
        )
    town = TOWN_BY_KEY[val]
    if lang == "en":
        return "", f" ({town.en})"
    if lang == "ko":
        return "", f" ({town.ko})"
    name = town.spell(rng.choice((0, 0, 1)) if dept.code not in ("nyj", "lyj", "kab") else 1)
    if kind == "station":
        return "", rng.choice([f"·{name}站", f"—{name}站", f"（{name}站）"])
    if rng.random() < 0.2:
        return f"走进{name}·", ""
    return "", rng.choice([f"（{name}专场）", f"·{name}专场", f"{name}专场"])


def _decorate(dept: Dept, title: str, lang: str, s: Session, rng: random.Random) -> str:
    c = dept.code
    r = rng.random
    if lang == "en":
        if c == "swj" and r() < 0.4:
            title = "[Tuan Commerce] " + title
        elif c == "hg" and r() < 0.5:
            title = "[Tuan Customs] " + title
        if r() < 0.15:
            title += rng.choice([" - Registration Open", " (Free)", " (Limited Seats)"])
        return title
    if lang == "ko":
        if c == "cxz" and r() < 0.4:
            title = "[도안시조선족기업가협회] " + title
        elif c == "wlj" and r() < 0.4:
            title = "[도안시 문화관광국] " + title
        if r() < 0.15:
            title += rng.choice([" (회원 무료)", " (선착순)"])
        return title
    year = "2027年"
    if c == "rsj":
        if r() < 0.4:
            title = rng.choice(["【图安市人社局】", "【人社】", "【图安人社】"]) + title
        if r() < 0.15:
            title = year + title
        if r() < 0.2:
            title += rng.choice(["（名额有限）", "（免费）", "（报满即止）"])
        if r() < 0.06:
            title = f"关于开展{title}的通知"
    elif c == "swj":
        if r() < 0.3:
            title = "商务局｜" + title
        if r() < 0.15:
            title += "（报名中）"
    elif c == "scj":
        if r() < 0.5:
            title = rng.choice(["市监局：", "图安市市场监管局："]) + title
        if r() < 0.1:
            title = f"图安市市场监督管理局关于开展{title}的通知"
    elif c == "nyj":
        if r() < 0.25:
            title = rng.choice(["2027年春季", "2027年", "科技下乡·"]) + title
        if r() < 0.2:
            title += "（公益）"
    elif c == "lyj":
        if r() < 0.4:
            title = "【林草】" + title
        if r() < 0.2:
            title = year + _quarter(s.start) + title
    elif c == "wlj":
        if r() < 0.3:
            title = "【文旅】" + title
        if r() < 0.1:
            title += "（冰雪季）"
    elif c == "sw":
        if r() < 0.3:
            title = "【报名】" + title
        if r() < 0.3:
            title = "2027年度" + title
        if r() < 0.1:
            title = f"2027年{_quarter(s.start)}" + title
    elif c == "bhq":
        if r() < 0.3:
            title = rng.choice(["边合区：", "【边合区管委会】"]) + title
        if r() < 0.1:
            title = f"关于举办{title}的通知"
    elif c == "kab":
        if r() < 0.4:
            title = "口岸办：" + title
        if r() < 0.15:
            title += "（请携带企业备案信息）"
    elif c == "cxz":
        if r() < 0.4:
            title = "【朝企协】" + title
    elif c == "gxj":
        if r() < 0.3:
            title = "工信局：" + title
        if r() < 0.15:
            title += "（名额有限，先到先得）"
        if r() < 0.08:
            title = f"关于举办{title}的通知"
    elif c == "hg":
        if r() < 0.4:
            title = "【图安海关】" + title
        elif r() < 0.2:
            title = "关企面对面：" + title
    if dept.fullwidth and r() < dept.fullwidth:
        title = _fullwidth(title)
    return title


def _lang(dept: Dept, rng: random.Random) -> str:
    if dept.code == "swj" and rng.random() < 0.4:
        return "en"
    if dept.code == "hg" and rng.random() < 0.1:
        return "en"
    if dept.code == "cxz" and rng.random() < 0.6:
        return "ko"
    if dept.code == "wlj" and rng.random() < 0.3:
        return "bi"
    return "zh"


def _fmt_time(t: datetime, utc: bool) -> str:
    if utc:
        return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return t.isoformat()


class Ids:
    def __init__(self) -> None:
        self.day: dict[tuple[str, date], int] = {}
        self.total: dict[str, int] = {}

    def next(self, dept: str, d: date) -> str:
        k = self.day.get((dept, d), 0) + 1
        self.day[(dept, d)] = k
        n = self.total.get(dept, 0) + 1
        self.total[dept] = n
        ymd = d.strftime("%Y%m%d")
        match dept:
            case "rsj":
                return f"rsj-{ymd}-{k:02d}"
            case "swj":
                return f"TACOM-2027-{n:04d}"
            case "scj":
                return f"SCJG{ymd}{k:02d}"
            case "nyj":
                return f"NY/2027/{n:04d}"
            case "lyj":
                return f"LC-{d:%y%m}-{n:03d}"
            case "wlj":
                return f"wl2027-{n:04d}"
            case "sw":
                return f"TA-TAX-{n:05d}"
            case "bhq":
                return f"BJHZQ-{ymd}-{k}"
            case "kab":
                return f"KAB{n:04d}"
            case "cxz":
                return f"ckea-2027-{d.month}-{d.day}-{chr(96 + k) if k <= 26 else k}"
            case "gxj":
                return f"GXJ{ymd}{k:03d}"
            case _:
                return f"HG-TA-2027-{n:04d}"


def _title(
    s: Session, dept: Dept, primary: bool, lang: str, keep_qual: bool, rng: random.Random
) -> str:
    subj = s.subject
    if primary:
        idx = s.phrase
    else:
        r = rng.random()
        idx = (
            s.phrase if r < 0.22 else rng.choice([i for i in range(len(subj.zh)) if i != s.phrase])
        )
    catch_all = not primary and lang == "zh" and rng.random() < 0.08
    if lang == "en":
        base = subj.en
    elif lang == "ko":
        base = subj.ko
    elif catch_all:
        base = rng.choice(dept.catch_all)
    else:
        base = subj.zh[idx]
    pre, suf = ("", "")
    if s.qual is not None and keep_qual:
        pre, suf = _qual_text(s.qual, dept, "zh" if lang == "bi" else lang, rng)
    title = _decorate(dept, pre + base + suf, "zh" if lang == "bi" else lang, s, rng)
    if lang == "bi":
        title = f"{title}{rng.choice(['｜', ' ', ' / '])}{subj.ko}"
    return title[:200]


def _audience(s: Session, dept: Dept, primary: bool, rng: random.Random) -> dict[str, list[str]]:
    sectors: list[str] = []
    if dept.sector_style != "empty" and (primary or rng.random() < 0.75):
        sectors = [_sector(c, dept.sector_style) for c in s.subject.sectors]
    regions: list[str] = []
    if s.regions and (primary or rng.random() < 0.8):
        style = rng.choice(dept.region_styles)
        regions = [TOWN_BY_KEY[k].spell(style) for k in s.regions]
    return {"sectors": sectors, "regions": regions}


def _topics(s: Session, dept: Dept, primary: bool, rng: random.Random) -> list[str]:
    if rng.random() > dept.tag_share:
        return []
    mapping = dict(dept.tag_map)
    tags = list(s.subject.tags)
    k = rng.randint(1, min(3, len(tags)))
    out = [mapping.get(t, t) for t in rng.sample(tags, k)]
    if not primary or rng.random() < 0.3:
        out.append(rng.choice(dept.own_tags))
    return list(dict.fromkeys(out))


def _posting(
    s: Session,
    dept: Dept,
    primary: bool,
    ids: Ids,
    rng: random.Random,
    *,
    flip_kind: bool = False,
    lang: str | None = None,
) -> dict[str, Any]:
    lang = lang or _lang(dept, rng)
    loc_lang = "en" if lang == "en" else "ko" if lang == "ko" else "zh"
    # what this posting keeps
    drop_loc = (not primary) and rng.random() < 0.22 and s.anchor not in ("room", "code")
    has_where = not drop_loc and (s.room is not None or s.online is not None)
    # a co-host drops the qualifier only when it still gives the room or the code
    keep_qual = primary or not has_where or s.anchor == "qual" or rng.random() >= 0.35
    title = _title(s, dept, primary, lang, keep_qual, rng)
    # where
    location: str | None = None
    url: str | None = None
    if not drop_loc:
        if s.room is not None:
            location = spell_room(dept, s.room, rng, loc_lang)
        if s.online is not None:
            keep_code = primary or s.anchor == "code" or not keep_qual or rng.random() > 0.15
            oloc, url = _online_parts(s.online, loc_lang, keep_code, rng)
            if location is None:
                location = oloc
            elif oloc is not None and (url is None or rng.random() < 0.5):
                if rng.random() < 0.25:
                    location = f"{location}（线上同步：{oloc}）"
                else:
                    location = f"{location}{rng.choice([' + ', '；', ' / '])}{oloc}"
        if location is None and s.placeholder is not None and primary:
            location = s.placeholder
    # when
    start, end = s.start, s.end
    if not primary:
        start += timedelta(minutes=rng.choice((0, 0, 0, 0, 0, -15, 15, -30, 30, 15)))
        end += timedelta(minutes=rng.choice((0, 0, 0, 0, 0, -15, 15, -30, 30, 30)))
        if end - start < timedelta(minutes=30):
            end = start + timedelta(minutes=30)
    utc = rng.random() < dept.utc
    cap = s.capacity
    if not primary and cap is not None:
        cap = rng.choice((cap, cap, None, max(10, cap // 2)))
    reg: str | None = None
    eid = ids.next(dept.code, s.start.date())
    if rng.random() < 0.4:
        reg = dept.reg + eid.replace("/", "-")
    kind = s.kind
    if flip_kind:
        kind = "PUBLICITY" if kind == "TRAINING" else "TRAINING"
    return {
        "department": dept.code,
        "input": {
            "externalId": eid,
            "kind": kind,
            "title": title,
            "start": _fmt_time(start, utc),
            "end": _fmt_time(end, utc),
            "timezone": "Asia/Shanghai",
            "location": location[:300] if location else None,
            "onlineUrl": url,
            "topics": _topics(s, dept, primary, rng),
            "audience": _audience(s, dept, primary, rng),
            "capacity": cap,
            "registrationUrl": reg,
        },
        "truth": {
            "session": s.sid,
            "kind": s.kind,
            "start": _fmt_time(s.start, True),
            "end": _fmt_time(s.end, True),
        },
    }


def _cohosts(p: Planner) -> None:
    rng = p.rng
    for s in p.sessions:
        if rng.random() >= 0.28:
            continue
        n = 2 if rng.random() < 0.8 else 3
        prim = s.hosts[0]
        pool = [o for o in s.subject.owners if o != prim] + [
            o for o in RELATED[prim] if o not in s.subject.owners
        ]
        for o in pool:
            if len(s.hosts) >= n:
                break
            if o not in s.hosts and (o in s.subject.owners or rng.random() < 0.7):
                s.hosts.append(o)


# --------------------------------------------------------------------------- checks


def _parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def _check(sessions: list[Session], records: list[dict[str, Any]]) -> None:
    by_id = {s.sid: s for s in sessions}
    seen: set[tuple[str, str]] = set()
    for rec in records:
        inp, truth = rec["input"], rec["truth"]
        key = (rec["department"], inp["externalId"])
        assert key not in seen, key
        seen.add(key)
        s, e = _parse(inp["start"]), _parse(inp["end"])
        ts, te = _parse(truth["start"]), _parse(truth["end"])
        assert timedelta(minutes=30) <= e - s <= timedelta(days=1), inp
        assert s < te, (inp, truth)  # the posting overlaps its session
        assert ts < e, (inp, truth)
        sess = by_id[truth["session"]]
        assert ts == sess.start
        assert te == sess.end
        assert inp["kind"] in ("TRAINING", "PUBLICITY")
        assert 0 < len(inp["title"]) <= 200
        assert inp["location"] is None or 0 < len(inp["location"]) <= 300
        for u in (inp["onlineUrl"], inp["registrationUrl"]):
            assert u is None or u.startswith("https://"), u
        assert inp["start"].endswith(("Z", "+08:00"))
    per_room: dict[str, list[Session]] = {}
    for sess in sessions:
        if sess.room is not None:
            per_room.setdefault(sess.room.key, []).append(sess)
    for room_sessions in per_room.values():
        room_sessions.sort(key=lambda x: x.start)
        for a, b in itertools.pairwise(room_sessions):
            assert b.start - a.end >= timedelta(hours=1), (a.sid, b.sid)
    codes = [sess.online.code for sess in sessions if sess.online is not None]
    assert len(codes) == len(set(codes))
    assert {r["truth"]["session"] for r in records} == set(by_id)


# ------------------------------------------------------------------------ generate


def generate(seed: int = 0) -> list[dict[str, Any]]:
    """Postings (with their hidden truth) for 13 weeks of 图安市, shuffled."""
    return _build(seed)[1]


def _build(seed: int) -> tuple[list[Session], list[dict[str, Any]]]:
    rng = random.Random(seed)
    p = Planner(rng)
    target = rng.randint(790, 850)
    plan: list[tuple[int, Callable[[], None]]] = [
        (11, lambda: _hn_parallel(p, False)),
        (4, lambda: _hn_parallel(p, True)),
        (12, lambda: _hn_adjacent(p, "adjacent")),
        (10, lambda: _hn_adjacent(p, "classes")),
        (5, lambda: _hn_adjacent(p, "lang_classes")),
        (13, lambda: _hn_series(p)),
        (8, lambda: _hn_ampm(p)),
        (7, lambda: _hn_town_tour(p)),
        (6, lambda: _hn_town_teams(p)),
        (10, lambda: _hn_online(p)),
        (10, lambda: _hn_no_location(p)),
        (8, lambda: _hn_later_room(p)),
        (10, lambda: _hn_next_week(p)),
    ]
    for count, build in plan:
        for _ in range(count):
            build()
    while len(p.sessions) < target:
        _plain(p)
    _cohosts(p)
    ids = Ids()
    records: list[dict[str, Any]] = []
    for s in p.sessions:
        flip = len(s.hosts) > 1 and rng.random() < 0.09
        flip_at = rng.randrange(1, len(s.hosts)) if flip else -1
        for i, code in enumerate(s.hosts):
            records.append(
                _posting(s, DEPT_BY_CODE[code], i == 0, ids, rng, flip_kind=i == flip_at)
            )
        if s.bilingual_dup:
            dept = DEPT_BY_CODE[s.hosts[0]]
            records.append(
                _posting(s, dept, True, ids, rng, lang="ko" if dept.code == "cxz" else "bi")
            )
    # session numbers carry no chronology
    order = list(range(1, len(p.sessions) + 1))
    rng.shuffle(order)
    renumber = dict(zip(range(1, len(p.sessions) + 1), order, strict=True))
    for s in p.sessions:
        s.sid = renumber[s.sid]
    for rec in records:
        rec["truth"]["session"] = renumber[rec["truth"]["session"]]
    _check(p.sessions, records)
    rng.shuffle(records)
    return p.sessions, records


def stats(records: list[dict[str, Any]]) -> dict[str, float]:
    """Postings, sessions, co-host share, postings per session, shares without a location."""
    depts: dict[int, set[str]] = {}
    for r in records:
        depts.setdefault(r["truth"]["session"], set()).add(r["department"])
    sessions = len(depts)
    return {
        "postings": len(records),
        "sessions": sessions,
        "cohost_share": round(sum(len(v) > 1 for v in depts.values()) / sessions, 3),
        "postings_per_session": round(len(records) / sessions, 3),
        "no_location_share": round(
            sum(r["input"]["location"] is None for r in records) / len(records), 3
        ),
        "no_location_no_url_share": round(
            sum(r["input"]["location"] is None and r["input"]["onlineUrl"] is None for r in records)
            / len(records),
            3,
        ),
    }
