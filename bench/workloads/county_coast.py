"""Coastal county workload: 浔澳市 (Xun'ao), a county-level city of 泉州市, Fujian.

The data set
============
About 1,000-1,200 postings of enterprise trainings (TRAINING) and policy-publicity
sessions (PUBLICITY) filed by twenty departments of one invented county-level city on
the Minnan coast, for roughly 750-900 real sessions held between Monday 2027-03-01 and
Sunday 2027-05-30 (13 weeks).  Every posting carries its hidden truth: the id of the
real session it announces, that session's real kind and its real start/end in UTC.
When departments co-host a session each files its own posting, in its own words, so the
engine under test must group the postings of one session and keep different sessions
apart; scoring is pairwise (precision/recall over pairs of postings).

``generate(seed)`` is deterministic for a seed (one ``random.Random(seed)``, no clock,
stdlib only) and returns the postings shuffled.

The county
----------
浔澳市 (Xun'ao; Minnan "Sîm-ò") is administered by 泉州市.  Its economy:

* fishing and seafood processing: 澳头中心渔港 (fishing fleet, 渔业船员培训中心), the
  沙美水产品加工集中区 (squid, 紫菜, abalone, frozen seafood for export), cold chains;
* shoes, apparel and textiles: 金厝镇 "鞋都" (sports shoes, 跨境电商 sellers), 后垵镇
  spinning, dyeing and finishing (VOCs, 排污许可);
* a port with bonded logistics: 鹭尾港区, 鹭尾港保税物流中心（B型）, 浔澳海关 (a branch of
  泉州海关), 9610/9710/9810 cross-border e-commerce, RCEP certificates of origin;
* tea: 洋坑乡 oolong ("洋坑乌龙"), 初制所, 茶叶交易中心, live-stream sellers;
* Taiwanese and overseas-Chinese capital: the 浔澳台商投资区 (管委会, 东埕片区), a
  台商协会 writing in traditional characters, and 侨资 investors from the Philippines,
  Indonesia and Malaysia courted by the 侨联.

Towns (region keys) and the ways audiences name them (full / short / pinyin / old name /
Minnan romanisation): 青浔街道 (青浔, Qingxun Subdistrict, old 城关镇, Chheng-sîm), 鹭尾镇
(鹭尾, Luwei Town, old 路尾镇, Lōo-bué), 澳头镇 (澳头, Aotou Town, old 澳头乡, Ò-thâu), 金厝镇
(金厝, Jincuo Town, old 金厝乡, Kim-chhù), 后垵镇 (后垵, Hou'an Town, old spelling 后安镇,
Āu-oaⁿ), 沙美镇 (沙美, Shamei Town, old 沙美乡, Soa-bí), 埔仔镇 (埔仔, Puzai Town, 乡 until
2025 so often still 埔仔乡, Po͘-á), 洋坑乡 (洋坑, Yangkeng Township, Iûⁿ-kheⁿ) and the 台商投资区
(台投区, Taiwanese Investment Zone, old 东埕开发区).  An empty region list means the whole
city; some departments write ["全市"] or ["浔澳市"] instead.

Departments (slug: habits)
--------------------------
* ``rsj`` 市人社局: 【浔澳人社】/【人社】 prefixes, "（补贴性职业技能培训）", 钉钉 and 视频号
  live streams, files 宣讲 as TRAINING when in doubt; ids RSJ-2027-0001.
* ``scjgj`` 市监局: "市监局：" prefixes, "（公益）", GB/T 4754 letter codes for sectors,
  short town names; hex ids.
* ``swj`` 商务局: a third of titles in English, "关于举办…的通知", English venue renderings,
  English sector names, pinyin towns, Zoom and 腾讯会议.
* ``sw`` 国家税务总局浔澳市税务局: 【纳税人学堂】, its system sends every time in UTC ("Z"),
  腾讯会议 codes written "842 331 907".
* ``hyj`` 海洋与渔业局: "关于开展…的通知", full town names.
* ``nyj`` 农业农村局: 【三农课堂】.  ``gxj`` 工信局: 【工信】, "数字化转型专项行动", WeLink,
  GB/T 4754 sub-classes (C195 制鞋).  ``kjj`` 科技局: 飞书会议.  ``yjj`` 应急管理局:
  "（请各企业务必派员参加）".  ``sthj`` 泉州市浔澳生态环境局: 【环保】.
* ``ql`` 市侨联: "侨联：", full-width digits, Zoom for members abroad, Minnan romanised
  town names, files everything as PUBLICITY.
* ``tb`` 市台办: 【惠台】/【两岸融合】, PUBLICITY.  ``tsh`` 浔澳市台商协会: traditional
  characters throughout (「臺商協會」, 潯澳, 鷺尾鎮), "敬邀", some times in UTC, reurl.cc
  registration links.  ``tzq`` 台商投资区管委会: 【台投区】, 企业微信直播.
* ``spj`` 行政审批服务局 (runs the 行政服务中心 with 1号楼/2号楼), ``hg`` 浔澳海关 (English
  titles, half its feed in UTC), ``ccpit`` 贸促会 (English, RCEP), and three local
  governments ``luwei`` 鹭尾镇, ``qingxun`` 青浔街道, ``yangkeng`` 洋坑乡 that put their own
  name in every title and call their own building just "镇政府"/"街道"/"乡政府".

Venues and how one room is spelled
----------------------------------
Rooms belong to buildings: 行政服务中心 1号楼 (3楼第一会议室, 3楼第二会议室, 1楼多功能厅) and
2号楼 (201/202会议室, 5楼小会议室); 人力资源市场 4楼培训室A/B and 5楼多媒体教室; 台投区管委会
综合楼 301/302会议室 and 报告厅; 台商会馆 2楼多功能厅; 鹭尾港保税物流中心 综合服务楼 培训室
and 会议室; 市委党校 教学楼 101/102教室 and 综合楼 报告厅; 华侨大厦 6楼侨声厅 and 小会议室;
鞋都电商产业园 路演厅 and 3楼直播实训室; 沙美水产加工集中区服务中心; 洋坑茶叶交易中心; 税务局
纳税人学堂; 渔业船员培训中心 第一教室; 市图书馆 报告厅; 浔澳海关 会议室; one meeting room in
each town government.  One room is written with or without 福建省/泉州市/浔澳市 prefixes,
with institution abbreviations (市行政服务中心/行政服务中心/市民服务中心), building as
2号楼/2#楼/二号楼/B栋/B座 or omitted, floor as 3楼/三楼/3F/3层/三层 or omitted, ordinal
rooms as 第一/一号/1号/第1会议室, letters as 培训室A/A培训室/A室/Room A, spaces between parts,
the room in brackets after the institution, a street address in front, full-width digits,
traditional characters (台商协会) or a whole English rendering ("Meeting Room 1, 3/F,
Building 1, Xun'ao Administrative Service Center").  Room labels are unique inside an
institution, so omitting the building or floor never makes a rendering ambiguous.

Online: 腾讯会议 (9-digit codes written 842-331-907, 842331907 or 842 331 907, dm links,
sometimes with ``?rs=25``), 钉钉 (meeting.dingtalk.com links), 飞书 (vc.feishu.cn/j/<code>),
Zoom (11-digit ids, 812 3456 7890), 华为云WeLink, 小鹅通 and 企业微信 live streams (link
only) and 微信视频号 (an account name, no link).  Some sessions are hybrid (room plus live
link).  A co-host may write just "线上" plus the link, only the code, or the platform name.

Co-hosting and disagreement (rough shares)
------------------------------------------
* About 28% of sessions are co-hosted (2 hosts mostly, some 3, rarely 4); mean ≈1.33
  postings per session.  Typical pairs: 市监局+海渔局 (seafood food safety), 海关+商务局
  (+海渔局) (export registration, bonded logistics), 台办+台投区+台商协会 (惠台 briefings),
  侨联+商务局 (侨资), 农业农村局+洋坑乡 (tea), 人社局+a town (稳岗 tours).
* Co-hosts choose their own title wording (another stem, a catch-all title such as
  "台资企业座谈会", English) and decorations (prefix, "2027年第二季度", notice wrapper,
  suffixes), their own topic tags (or none) and audience spellings.
* Co-host postings lack a location (and link) ~20% of the time (more on town tours);
  a series/class/town/场次 qualifier is dropped by ~25% of co-host postings that still
  give the room, the meeting code or the link, never by a posting without them.
* Kind disagreement: ~10% of co-hosted sessions have a co-host filing the other kind.
* Times: about half of co-host postings shift the start by -30/-15/+15/+30 minutes
  (sign-in time, main speech) and/or the end by up to 30 minutes; the owner gives the
  sign-in time ~15% of the time.  ``sw`` always, ``hg`` half and ``tsh`` a third of the
  time send UTC ("Z"); everyone else writes +08:00.
* About 12% of sessions are online-only, 3% hybrid (room plus live link); a few sessions
  fall on Saturdays (台商协会, 侨联, 人社 weekend classes); none on 清明 or 劳动节.

Hard negatives (sessions built to look alike; each a few % of sessions)
-----------------------------------------------------------------------
* ``parallel_rooms``: 2-3 related-subject sessions in different rooms of one building at
  the same hour (~3.5%).
* ``adjacent_rooms``: 101/102, 培训室A/B, 201/202, 301/302 at the same hour, half with the
  very same title (those always show the room) (~2.5%).
* ``parallel_classes``: 一班/二班 of one course at one hour in two rooms (~2.5%).
* ``series_siblings``: 第N期/第N+1期 of weekly series in the same room, some on the same
  day morning/afternoon, and a Zoom series reusing one meeting id on other days (~8%;
  counted over consecutive numbers).
* ``am_pm``: 上午场/下午场 in the same room on one day (~2.5%).
* ``town_tour``: X镇专场 tours on consecutive days, some with two teams at the same hour
  in two towns; often no location, the town always named (~3%).
* ``online_same_hour``: same subject online at the same hour with different meeting codes,
  sometimes with identical titles (~2.5%).
* ``noloc_same_hour``: different departments, different subjects, same hour, no location
  (~3%).
* ``later_other_room``: a session in another room of the same building 30-60 minutes
  after (~2.5%).
* ``repeat_other_day``: the same title in the same room and hour-of-day on another week
  (~2.5%).

Truth guarantees: every posting's interval overlaps its session's true interval; two
sessions in one room never overlap in true time (and are at least an hour apart).
"""

from __future__ import annotations

import itertools
import random
import string
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

CST = timezone(timedelta(hours=8))
FIRST_DAY = date(2027, 3, 1)
N_DAYS = 91
HOLIDAYS = {date(2027, 4, 3), date(2027, 4, 4), date(2027, 4, 5)} | {
    date(2027, 5, d) for d in range(1, 6)
}

CN_DIGIT = "〇一二三四五六七八九"
FW_TABLE = str.maketrans("0123456789", "０１２３４５６７８９")


def cn_num(n: int) -> str:
    """Chinese numeral for 0..99."""
    if n < 10:
        return CN_DIGIT[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else CN_DIGIT[tens]
    return head + "十" + (CN_DIGIT[ones] if ones else "")


def fullwidth(text: str) -> str:
    return text.translate(FW_TABLE)


_TRAD_PAIRS = (
    "台臺 会會 协協 说說 讲講 业業 资資 务務 员員 区區 贸貿 经經 济濟 发發 产產 税稅 关關 报報 "
    "门門 厅廳 楼樓 层層 场場 训訓 两兩 创創 习習 实實 际際 对對 东東 电電 网網 线線 应應 专專 "
    "题題 与與 优優 营營 环環 证證 认認 书書 华華 侨僑 纺紡 织織 鹭鷺 浔潯 镇鎮 乡鄉 馆館 议議 "
    "请請 补補 贴貼 劳勞 动動 险險 币幣 汇匯 银銀 贷貸 额額 记記 录錄 进進 这這 为為 们們 个個 "
    "时時 间間 长長 开開 办辦 举舉 热熱 欢歡 参參 节節 览覽 视視 频頻 数數 据據 转轉 导導 辅輔 "
    "讯訊 号號 处處 卫衛 检檢 验驗 种種 叶葉 渔漁 鱼魚 养養 链鏈 仓倉 储儲 运運 输輸 户戶 厂廠 "
    "单單 课課 谈談 联聯 谊誼 属屬 总總 体體 统統 广廣 闽閩 级級 综綜 让讓 获獲 满滿 约約 权權 "
    "兴興 质質 药藥 设設 备備 踊踴 跃躍 龙龍 头頭 湾灣 后後 亚亞 顾顧 问問 样樣 车車 费費 乐樂 "
    "义義 扩擴 岗崗 规規 范範 续續 项項 审審 标標 准準 购購 销銷 货貨 价價 农農 园園 态態 团團 "
    "结結 历歷 纪紀 访訪 签簽 须須 师師 闻聞 维維 护護 财財 计計 医醫 学學 儿兒 读讀 伤傷 买買 "
    "陆陸 传傳 类類 组組 绩績 络絡 识識 机機 构構 装裝 惯慣 阶階 缴繳 申申 条條 届屆 赛賽 "
    "厦廈 莅蒞 临臨 宁寧 洽 词詞 轮輪 阅閱 馈饋 庆慶 谋謀 筹籌 钟鐘 点點 线線 启啟 迁遷 "
    "环環 际際 围圍 饮飲 营營 养養 构構 异異 汉漢 罗羅 顺順 丰豐 邮郵 选選 调調 达達 "
    "过過 还還 远遠 连連 适適 边邊 码碼 确確 础礎 础礎 岛島 盖蓋 疗療 冲衝 刘劉 张張 "
    "陈陳 赁賃 黄黃 杨楊 许許 郑鄭 谢謝 罗羅 吴吳 孙孫 论論 资資"
)
TRAD: dict[str, str] = {}
for _pair in _TRAD_PAIRS.split():
    if len(_pair) == 2:
        TRAD[_pair[0]] = _pair[1]


def to_trad(text: str) -> str:
    return "".join(TRAD.get(ch, ch) for ch in text)


# --------------------------------------------------------------------------- places


@dataclass(frozen=True)
class Town:
    key: str
    name: str
    short: str
    pinyin: str
    old: str
    minnan: str


TOWNS: dict[str, Town] = {
    t.key: t
    for t in (
        Town("qingxun", "青浔街道", "青浔", "Qingxun Subdistrict", "城关镇", "Chheng-sim"),
        Town("luwei", "鹭尾镇", "鹭尾", "Luwei Town", "路尾镇", "Loo-bue"),
        Town("aotou", "澳头镇", "澳头", "Aotou Town", "澳头乡", "O-thau"),
        Town("jincuo", "金厝镇", "金厝", "Jincuo Town", "金厝乡", "Kim-chhu"),
        Town("houan", "后垵镇", "后垵", "Hou'an Town", "后安镇", "Au-oann"),
        Town("shamei", "沙美镇", "沙美", "Shamei Town", "沙美乡", "Soa-bi"),
        Town("puzai", "埔仔镇", "埔仔", "Puzai Town", "埔仔乡", "Poo-a"),
        Town("yangkeng", "洋坑乡", "洋坑", "Yangkeng Township", "洋坑乡", "Iunn-khenn"),
        Town(
            "tzq", "台商投资区", "台投区", "Taiwanese Investment Zone", "东埕开发区", "Tang-tiann"
        ),
    )
}
TOUR_TOWNS = ("qingxun", "luwei", "aotou", "jincuo", "houan", "shamei", "puzai", "yangkeng")
TOWN_DEPT = {"luwei": "luwei", "qingxun": "qingxun", "yangkeng": "yangkeng"}


@dataclass(frozen=True)
class Building:
    key: str
    full: str  # with the city's name
    alts: tuple[str, ...]  # abbreviations without the city
    en: str
    addr: str
    bno: int | None = None
    bname: str | None = None
    bname_en: str | None = None
    local: str | None = None  # what the owning town calls it ("镇政府")
    town_dept: str | None = None


@dataclass(frozen=True)
class Room:
    key: str
    building: Building
    floor: int
    kind: str  # "ord" 第一会议室, "num" 301会议室, "letter" 培训室A, "named" 多功能厅
    cap: int
    n: int = 0
    letter: str = ""
    noun: str = "会议室"
    names: tuple[str, ...] = ()
    en: str = ""


def _b(key: str, full: str, alts: tuple[str, ...], en: str, addr: str, **kw: Any) -> Building:
    return Building(key, full, alts, en, addr, **kw)


XZ_ALTS = ("市行政服务中心", "行政服务中心", "市民服务中心", "市政务服务中心")
XZ_EN = "Xun'ao Administrative Service Center"
B_XZ1 = _b("xz1", "浔澳市行政服务中心", XZ_ALTS, XZ_EN, "世纪大道188号", bno=1)
B_XZ2 = _b("xz2", "浔澳市行政服务中心", XZ_ALTS, XZ_EN, "世纪大道188号", bno=2)
B_RL = _b(
    "rl",
    "浔澳市人力资源市场",
    ("市人力资源市场", "人力资源市场", "市人才市场", "人力资源服务中心"),
    "Xun'ao Human Resources Market",
    "溪滨路56号",
)
B_TZQ = _b(
    "tzq",
    "浔澳台商投资区管委会",
    ("台投区管委会", "台商区管委会", "投资区管委会", "台商投资区管委会"),
    "Administrative Committee of Xun'ao Taiwanese Investment Zone",
    "东埕大道1号",
    bname="综合楼",
    bname_en="Main Building",
)
B_TWH = _b(
    "twh",
    "浔澳台商会馆",
    ("台商会馆", "台商之家", "两岸交流中心台商会馆"),
    "Taiwan Business Association Hall",
    "东埕大道9号",
)
B_BOND = _b(
    "bond",
    "浔澳鹭尾港保税物流中心",
    ("鹭尾港保税物流中心", "保税物流中心", "鹭尾保税物流中心", "鹭尾港区保税物流中心（B型）"),
    "Luwei Port Bonded Logistics Center (Type B)",
    "鹭尾镇港城路2号",
    bname="综合服务楼",
    bname_en="Service Building",
)
B_DX1 = _b(
    "dx1",
    "中共浔澳市委党校",
    ("市委党校", "党校", "市行政学院", "市委党校（行政学院）"),
    "Party School of the CPC Xun'ao Committee",
    "学府路8号",
    bname="教学楼",
    bname_en="Teaching Building",
)
B_DX2 = _b(
    "dx2",
    "中共浔澳市委党校",
    ("市委党校", "党校", "市行政学院", "市委党校（行政学院）"),
    "Party School of the CPC Xun'ao Committee",
    "学府路8号",
    bname="综合楼",
    bname_en="Main Building",
)
B_HQ = _b(
    "hq",
    "浔澳市华侨大厦",
    ("华侨大厦", "侨联大厦", "市侨联（华侨大厦）"),
    "Overseas Chinese Mansion",
    "中山南路99号",
)
B_SHOE = _b(
    "shoe",
    "浔澳鞋都电商产业园",
    ("鞋都电商产业园", "鞋都电商园", "电商产业园", "金厝鞋都电商园"),
    "Xun'ao Shoe City E-commerce Park",
    "金厝镇鞋都路168号",
)
B_SM = _b(
    "sm",
    "浔澳市沙美水产品加工集中区服务中心",
    ("沙美水产加工区服务中心", "水产加工集中区服务中心", "沙美加工区服务中心"),
    "Shamei Seafood Processing Zone Service Center",
    "沙美镇海峡路18号",
)
B_TEA = _b(
    "tea",
    "浔澳市洋坑茶叶交易中心",
    ("洋坑茶叶交易中心", "茶叶交易中心", "洋坑茶市"),
    "Yangkeng Tea Trading Center",
    "洋坑乡茶都路1号",
)
B_SW = _b(
    "sw",
    "国家税务总局浔澳市税务局",
    ("市税务局", "税务局", "市税务局办税服务厅", "浔澳税务"),
    "Xun'ao Taxation Bureau",
    "滨江路20号",
)
B_FISH = _b(
    "fish",
    "浔澳市渔业船员培训中心",
    ("渔业船员培训中心", "澳头渔港船员培训中心", "中心渔港培训中心"),
    "Fishermen Training Center, Aotou Fishing Port",
    "澳头镇中心渔港",
)
B_LIB = _b("lib", "浔澳市图书馆", ("市图书馆", "图书馆"), "Xun'ao Library", "文化中心")
B_HG = _b(
    "hg",
    "浔澳海关",
    ("海关", "浔澳海关办公楼", "海关大楼"),
    "Xun'ao Customs",
    "鹭尾镇港城路10号",
)


def _town_building(key: str, full: str, alts: tuple[str, ...], local: str) -> Building:
    t = TOWNS[key]
    return Building(
        "gov_" + key,
        full,
        alts,
        f"{t.pinyin} Government",
        f"{t.name}政府路1号" if key != "qingxun" else "青浔街道府前路2号",
        local=local,
        town_dept=TOWN_DEPT.get(key),
    )


TOWN_BUILDINGS = {
    "qingxun": _town_building(
        "qingxun", "浔澳市青浔街道办事处", ("青浔街道办事处", "青浔街道办"), "街道"
    ),
    "luwei": _town_building(
        "luwei", "浔澳市鹭尾镇人民政府", ("鹭尾镇政府", "鹭尾镇人民政府"), "镇政府"
    ),
    "aotou": _town_building(
        "aotou",
        "浔澳市澳头镇便民服务中心",
        ("澳头镇便民服务中心", "澳头便民服务中心"),
        "镇便民服务中心",
    ),
    "jincuo": _town_building(
        "jincuo", "浔澳市金厝镇人民政府", ("金厝镇政府", "金厝镇人民政府"), "镇政府"
    ),
    "houan": _town_building(
        "houan", "浔澳市后垵镇人民政府", ("后垵镇政府", "后安镇政府"), "镇政府"
    ),
    "shamei": _town_building(
        "shamei", "浔澳市沙美镇人民政府", ("沙美镇政府", "沙美镇人民政府"), "镇政府"
    ),
    "puzai": _town_building(
        "puzai", "浔澳市埔仔镇人民政府", ("埔仔镇政府", "埔仔乡政府"), "镇政府"
    ),
    "yangkeng": _town_building(
        "yangkeng", "浔澳市洋坑乡人民政府", ("洋坑乡政府", "洋坑乡人民政府"), "乡政府"
    ),
}

_ROOM_LIST: list[Room] = [
    Room("xz_1", B_XZ1, 3, "ord", 60, n=1, en="Meeting Room 1"),
    Room("xz_2", B_XZ1, 3, "ord", 40, n=2, en="Meeting Room 2"),
    Room(
        "xz_hall",
        B_XZ1,
        1,
        "named",
        200,
        names=("多功能厅", "多功能会议厅"),
        en="Multi-function Hall",
    ),
    Room("xz_201", B_XZ2, 2, "num", 30, n=201, en="Room 201"),
    Room("xz_202", B_XZ2, 2, "num", 30, n=202, en="Room 202"),
    Room("xz_small", B_XZ2, 5, "named", 20, names=("小会议室",), en="Small Meeting Room"),
    Room("rl_a", B_RL, 4, "letter", 50, letter="A", noun="培训室", en="Training Room A"),
    Room("rl_b", B_RL, 4, "letter", 50, letter="B", noun="培训室", en="Training Room B"),
    Room(
        "rl_media",
        B_RL,
        5,
        "named",
        80,
        names=("多媒体教室", "多媒体培训教室"),
        en="Multimedia Classroom",
    ),
    Room("tzq_301", B_TZQ, 3, "num", 40, n=301, en="Room 301"),
    Room("tzq_302", B_TZQ, 3, "num", 40, n=302, en="Room 302"),
    Room("tzq_hall", B_TZQ, 1, "named", 150, names=("报告厅", "多功能报告厅"), en="Auditorium"),
    Room("tw_hall", B_TWH, 2, "named", 120, names=("多功能厅", "多功能会议厅"), en="Function Hall"),
    Room("bond_train", B_BOND, 2, "named", 60, names=("培训室", "培训教室"), en="Training Room"),
    Room("bond_meet", B_BOND, 3, "named", 30, names=("会议室",), en="Conference Room"),
    Room("dx_101", B_DX1, 1, "num", 60, n=101, noun="教室", en="Classroom 101"),
    Room("dx_102", B_DX1, 1, "num", 60, n=102, noun="教室", en="Classroom 102"),
    Room("dx_hall", B_DX2, 2, "named", 200, names=("报告厅", "学术报告厅"), en="Lecture Hall"),
    Room("hq_hall", B_HQ, 6, "named", 80, names=("侨声厅", "侨声会议厅"), en="Qiaosheng Hall"),
    Room("hq_small", B_HQ, 6, "named", 20, names=("小会议室",), en="Small Meeting Room"),
    Room("shoe_road", B_SHOE, 1, "named", 100, names=("路演厅", "路演中心"), en="Roadshow Hall"),
    Room(
        "shoe_live",
        B_SHOE,
        3,
        "named",
        40,
        names=("直播实训室", "直播基地实训室"),
        en="Livestream Studio",
    ),
    Room("sm_meet", B_SM, 2, "named", 60, names=("会议室", "培训会议室"), en="Meeting Room"),
    Room("tea_train", B_TEA, 2, "named", 50, names=("培训室", "茶艺培训室"), en="Training Room"),
    Room(
        "sw_class",
        B_SW,
        3,
        "named",
        50,
        names=("纳税人学堂", "纳税人学堂教室"),
        en="Taxpayer School",
    ),
    Room("fish_class", B_FISH, 1, "ord", 50, n=1, noun="教室", en="Classroom 1"),
    Room(
        "lib_hall",
        B_LIB,
        1,
        "named",
        180,
        names=("报告厅", "学术报告厅", "多功能报告厅"),
        en="Lecture Hall",
    ),
    Room("hg_meet", B_HG, 3, "named", 40, names=("会议室",), en="Conference Room"),
]
for _tk, _tb in TOWN_BUILDINGS.items():
    _ROOM_LIST.append(
        Room(
            "gov_" + _tk,
            _tb,
            3 if _tk in ("luwei", "qingxun", "jincuo") else 2,
            "named",
            60,
            names=("会议室", "大会议室"),
            en="Meeting Room",
        )
    )
ROOMS: dict[str, Room] = {r.key: r for r in _ROOM_LIST}

# Pairs/sets used by hard negatives.
MULTI_ROOM = {
    "xz": ("xz_1", "xz_2", "xz_hall", "xz_201", "xz_202", "xz_small"),
    "rl": ("rl_a", "rl_b", "rl_media"),
    "tzq": ("tzq_301", "tzq_302", "tzq_hall"),
    "dx": ("dx_101", "dx_102", "dx_hall"),
    "bond": ("bond_train", "bond_meet"),
    "hq": ("hq_hall", "hq_small"),
    "shoe": ("shoe_road", "shoe_live"),
}
ADJACENT = (("dx_101", "dx_102"), ("rl_a", "rl_b"), ("xz_201", "xz_202"), ("tzq_301", "tzq_302"))

# --------------------------------------------------------------------------- sectors

SECTORS: dict[str, tuple[str, str, str]] = {
    "fishery": ("渔业", "A04", "Fishery"),
    "aquaproc": ("水产品加工", "C136", "Seafood processing"),
    "foodmfg": ("食品制造业", "C14", "Food manufacturing"),
    "footwear": ("制鞋业", "C195", "Footwear"),
    "textile": ("纺织业", "C17", "Textiles"),
    "apparel": ("纺织服装、服饰业", "C18", "Apparel"),
    "dyeing": ("纺织印染", "C1713", "Dyeing and finishing"),
    "mfg": ("制造业", "C", "Manufacturing"),
    "tea": ("茶叶种植", "A0164", "Tea growing"),
    "agri": ("农业", "A01", "Agriculture"),
    "logistics": ("交通运输、仓储和邮政业", "G", "Transport and logistics"),
    "warehousing": ("装卸搬运和仓储业", "G59", "Warehousing"),
    "trade": ("批发和零售业", "F", "Wholesale and retail"),
    "ecommerce": ("互联网零售", "F5292", "E-commerce"),
    "it": ("信息传输、软件和信息技术服务业", "I", "IT services"),
    "construction": ("建筑业", "E", "Construction"),
    "hospitality": ("住宿和餐饮业", "H", "Hospitality"),
    "business": ("租赁和商务服务业", "L", "Business services"),
    "research": ("科学研究和技术服务业", "M", "R&D and technical services"),
}

# --------------------------------------------------------------------------- departments


@dataclass(frozen=True)
class LocStyle:
    prefix: tuple[int, ...] = (0, 0, 1, 1, 2)  # 0 none, 1 浔澳市, 2 泉州市, 3 福建省泉州市
    bstyle: tuple[str, ...] = ("num", "num", "hash", "cn", "omit")
    fstyle: tuple[str, ...] = ("n楼", "n楼", "cn楼", "omit")
    ordstyle: tuple[str, ...] = ("第cn", "第cn", "n号", "cn号")
    space: float = 0.1
    paren: float = 0.15
    addr: float = 0.05
    english: float = 0.0
    fullwidth: float = 0.0


@dataclass(frozen=True)
class Dept:
    slug: str
    name: str
    prefixes: tuple[str, ...] = ("",)
    suffixes: tuple[str, ...] = ("",)
    notice: float = 0.0
    year: float = 0.1
    fullwidth: float = 0.0
    english: float = 0.0
    trad: bool = False
    utc: float = 0.0
    noloc: float = 0.05
    sectors: tuple[str, ...] = ("cn", "cn", "none")
    regions: tuple[str, ...] = ("full", "short", "none")
    kind_bias: str | None = None
    tags: tuple[str, ...] = ()
    tags_en: tuple[str, ...] = ()
    loc: LocStyle = field(default_factory=LocStyle)
    codes: tuple[str, ...] = ("dash", "plain", "space")
    reg: str = "wjx"
    channel: str = ""  # 视频号/公众号 account name


DEPTS: dict[str, Dept] = {
    d.slug: d
    for d in (
        Dept(
            "rsj",
            "浔澳市人力资源和社会保障局",
            prefixes=("【浔澳人社】", "【人社】", "", "市人社局："),
            suffixes=("", "", "（免费）", "（名额有限）"),
            year=0.25,
            noloc=0.08,
            kind_bias="TRAINING",
            tags=("就业创业", "职业技能", "稳岗", "人社服务"),
            loc=LocStyle(prefix=(0, 1, 1), fstyle=("n楼", "cn楼", "n层"), space=0.05),
            codes=("plain", "dash"),
            reg="gov",
            channel="浔澳人社",
        ),
        Dept(
            "scjgj",
            "浔澳市市场监督管理局",
            prefixes=("市监局：", "浔澳市场监管｜", ""),
            suffixes=("", "", "（公益）"),
            sectors=("gb", "gb", "gbcn", "none"),
            regions=("short", "short", "none"),
            tags=("市场监管", "质量提升", "食品安全", "知识产权"),
            loc=LocStyle(
                prefix=(0, 0, 1), bstyle=("num", "hash", "letter"), fstyle=("nF", "n楼", "omit")
            ),
            reg="jsj",
        ),
        Dept(
            "swj",
            "浔澳市商务局",
            prefixes=("【商务】", "", ""),
            notice=0.25,
            english=0.35,
            sectors=("en", "cn", "none"),
            regions=("pinyin", "full", "none"),
            tags=("外贸", "跨境电商", "稳外贸"),
            tags_en=("foreign trade", "cross-border e-commerce", "export"),
            loc=LocStyle(prefix=(1, 2, 3), bstyle=("num", "letter", "zuo"), english=0.3, space=0.3),
            codes=("space", "dash"),
        ),
        Dept(
            "sw",
            "国家税务总局浔澳市税务局",
            prefixes=("【纳税人学堂】", "【税费服务】", ""),
            year=0.3,
            utc=1.0,
            sectors=("cn", "none", "none"),
            regions=("none", "none", "full"),
            kind_bias="TRAINING",
            tags=("税费优惠", "纳税服务", "便民办税春风行动"),
            loc=LocStyle(prefix=(0, 0, 1), fstyle=("n楼", "n层")),
            codes=("space",),
            reg="gov",
            channel="浔澳税务",
        ),
        Dept(
            "hyj",
            "浔澳市海洋与渔业局",
            notice=0.5,
            sectors=("cn", "cn", "none"),
            regions=("full", "full", "old"),
            tags=("海洋经济", "渔业", "渔业安全"),
            loc=LocStyle(prefix=(1, 1, 0), fstyle=("cn楼", "n楼"), ordstyle=("第cn",)),
            kind_bias="TRAINING",
        ),
        Dept(
            "nyj",
            "浔澳市农业农村局",
            prefixes=("【三农课堂】", ""),
            sectors=("cn", "none"),
            regions=("full", "short"),
            kind_bias="TRAINING",
            tags=("乡村振兴", "高素质农民培育", "农业技术推广"),
            loc=LocStyle(prefix=(0, 1)),
        ),
        Dept(
            "gxj",
            "浔澳市工业和信息化局",
            prefixes=("【工信】", "", "市工信局："),
            suffixes=("", "", "（数字化转型专项行动）"),
            sectors=("gb", "gbcn", "cn"),
            regions=("none", "short"),
            tags=("工业经济", "数字化转型", "专精特新"),
            loc=LocStyle(
                prefix=(0, 1), bstyle=("num", "hash", "letter"), fstyle=("nF", "n楼"), space=0.3
            ),
            codes=("dash", "space"),
            kind_bias="TRAINING",
        ),
        Dept(
            "kjj",
            "浔澳市科学技术局",
            prefixes=("【科技】", ""),
            tags=("科技创新", "科技型企业", "创新平台"),
            loc=LocStyle(prefix=(0, 1), fstyle=("n楼", "n层")),
            codes=("plain", "space"),
            kind_bias="PUBLICITY",
        ),
        Dept(
            "yjj",
            "浔澳市应急管理局",
            suffixes=("", "（请各企业务必派员参加）", ""),
            notice=0.4,
            regions=("full", "none"),
            tags=("安全生产", "应急管理", "隐患排查"),
            loc=LocStyle(prefix=(1, 1, 2), fstyle=("cn楼", "cn层", "n楼")),
            kind_bias="TRAINING",
        ),
        Dept(
            "sthj",
            "泉州市浔澳生态环境局",
            prefixes=("【环保】", ""),
            sectors=("gb", "cn"),
            tags=("生态环境", "污染防治", "环境执法"),
            loc=LocStyle(prefix=(0, 1)),
        ),
        Dept(
            "ql",
            "浔澳市归国华侨联合会",
            prefixes=("侨联：", "【侨联】", ""),
            suffixes=("", "（侨资企业专场）", ""),
            fullwidth=0.4,
            english=0.1,
            noloc=0.12,
            regions=("minnan", "full", "none", "none"),
            kind_bias="PUBLICITY",
            tags=("为侨服务", "侨资企业", "侨商联谊"),
            tags_en=("overseas Chinese",),
            loc=LocStyle(prefix=(0, 0, 1), ordstyle=("第cn", "cn号"), fullwidth=0.3),
            codes=("space", "plain"),
            channel="浔澳侨联",
        ),
        Dept(
            "tb",
            "中共浔澳市委台港澳办公室",
            prefixes=("【惠台】", "【两岸融合】", ""),
            noloc=0.12,
            regions=("full", "none"),
            kind_bias="PUBLICITY",
            tags=("惠台政策", "两岸融合", "台胞台企"),
            loc=LocStyle(prefix=(0, 1)),
        ),
        Dept(
            "tsh",
            "浔澳市台商协会",
            prefixes=("【臺商協會】", "", "臺商協會｜"),
            suffixes=("", "｜敬邀", "（歡迎會員企業踴躍報名）"),
            trad=True,
            utc=0.33,
            noloc=0.15,
            sectors=("cn", "none"),
            regions=("full", "minnan", "none"),
            kind_bias="PUBLICITY",
            tags=("台商", "會員服務", "兩岸交流"),
            loc=LocStyle(prefix=(0, 1), fstyle=("cn樓", "n樓", "nF"), space=0.2),
            codes=("dash", "plain"),
            reg="reurl",
        ),
        Dept(
            "tzq",
            "浔澳台商投资区管理委员会",
            prefixes=("【台投区】", "台投区管委会：", ""),
            regions=("short", "full", "none"),
            tags=("园区服务", "台资企业", "招商引资"),
            loc=LocStyle(prefix=(0, 0, 1), fstyle=("n楼", "nF")),
            channel="台投区发布",
            kind_bias="PUBLICITY",
        ),
        Dept(
            "spj",
            "浔澳市行政审批服务局",
            prefixes=("【审批服务】", "", ""),
            tags=("营商环境", "政务服务", "一件事一次办"),
            loc=LocStyle(prefix=(0, 0), bstyle=("num", "num", "cn"), fstyle=("n楼", "nF")),
            reg="gov",
            kind_bias="PUBLICITY",
        ),
        Dept(
            "hg",
            "浔澳海关",
            prefixes=("浔澳海关：", "", ""),
            english=0.25,
            utc=0.5,
            sectors=("cn", "en", "gb"),
            regions=("none",),
            tags=("海关监管", "通关便利化", "关税"),
            tags_en=("customs", "trade facilitation"),
            loc=LocStyle(prefix=(0, 1), english=0.2, fstyle=("nF", "n楼")),
            codes=("dash", "space"),
        ),
        Dept(
            "ccpit",
            "中国国际贸易促进委员会浔澳市支会",
            prefixes=("【贸促】", ""),
            english=0.4,
            sectors=("en", "cn"),
            regions=("none", "pinyin"),
            tags=("贸易促进", "原产地证", "商事认证"),
            tags_en=("rules of origin", "trade promotion"),
            loc=LocStyle(prefix=(1, 2), english=0.35, space=0.4),
            codes=("space", "plain"),
        ),
        Dept(
            "luwei",
            "浔澳市鹭尾镇人民政府",
            prefixes=("鹭尾镇：", "【鹭尾镇】", "鹭尾镇"),
            fullwidth=0.3,
            noloc=0.2,
            regions=("full", "none"),
            tags=("镇村服务", "企业服务"),
            loc=LocStyle(prefix=(0, 0, 0, 1), fstyle=("cn楼", "n楼")),
            kind_bias="PUBLICITY",
        ),
        Dept(
            "qingxun",
            "浔澳市青浔街道办事处",
            prefixes=("【青浔街道】", "青浔街道"),
            noloc=0.2,
            regions=("full", "none"),
            tags=("社区服务", "企业服务"),
            loc=LocStyle(prefix=(0, 0, 1), fstyle=("n楼", "cn楼")),
            kind_bias="PUBLICITY",
        ),
        Dept(
            "yangkeng",
            "浔澳市洋坑乡人民政府",
            prefixes=("【洋坑乡】", "洋坑乡"),
            noloc=0.2,
            regions=("full", "none"),
            tags=("茶产业", "乡村振兴"),
            loc=LocStyle(prefix=(0, 0, 1), fstyle=("cn楼", "n楼")),
            kind_bias="TRAINING",
        ),
    )
}

# --------------------------------------------------------------------------- subjects


@dataclass(frozen=True)
class Subject:
    key: str
    kind: str
    owner: str
    cohosts: tuple[str, ...]
    p_co: float
    stems: tuple[str, ...]
    fulls: tuple[str, ...]
    en: str | None
    topics: tuple[str, ...]
    sectors: tuple[str, ...]
    rooms: tuple[str, ...]
    domain: str
    online: float = 0.05
    durs: tuple[int, ...] = (90, 120, 120, 150)
    amb: bool = False
    regions: tuple[str, ...] = ()
    weight: float = 1.0


T, P = "TRAINING", "PUBLICITY"

# Positional order: key, real kind, owner, co-host candidates, co-host probability, title
# stems (joined to a kind suffix), whole titles, English title, topic words, sectors, rooms,
# domain (for related-subject negatives); then keyword tuning.
SUBJECTS: tuple[Subject, ...] = (
    Subject(
        "aq_food",
        T,
        "scjgj",
        ("hyj",),
        0.35,
        ("水产品加工企业食品安全主体责任", "水产加工企业食品安全管理", "水产品加工食品安全"),
        ("水产加工企业食品安全管理员考核辅导",),
        "Food Safety Training for Seafood Processors",
        ("食品安全", "水产品加工", "主体责任"),
        ("aquaproc", "foodmfg"),
        ("sm_meet", "xz_1", "gov_shamei"),
        "sea",
        regions=("shamei", "aotou"),
    ),
    Subject(
        "fish_boat",
        T,
        "hyj",
        ("yjj",),
        0.4,
        ("渔船船员安全生产", "渔船安全生产及海上自救互救", "渔业船员安全"),
        ("渔业船员专业基础培训班",),
        None,
        ("渔船安全", "海上救生", "船员培训"),
        ("fishery",),
        ("fish_class", "gov_aotou"),
        "sea",
        durs=(120, 180, 480),
        regions=("aotou", "luwei"),
    ),
    Subject(
        "aq_export",
        P,
        "hg",
        ("swj", "hyj"),
        0.5,
        ("出口水产品生产企业备案及检验检疫", "出口食品生产企业境外注册", "出口水产品检验检疫"),
        (),
        "Briefing on Export Registration and Inspection for Seafood Exporters",
        ("出口备案", "检验检疫", "境外注册"),
        ("aquaproc", "trade"),
        ("hg_meet", "sm_meet", "xz_1"),
        "sea",
        amb=True,
    ),
    Subject(
        "fuel_subsidy",
        P,
        "hyj",
        (),
        0.0,
        ("渔业发展补助资金政策", "渔船减船转产政策", "渔业油价补贴政策调整"),
        (),
        None,
        ("渔业补助", "减船转产"),
        ("fishery",),
        ("gov_aotou", "fish_class"),
        "sea",
        regions=("aotou", "luwei", "shamei"),
    ),
    Subject(
        "seaweed",
        T,
        "hyj",
        ("nyj", "kjj"),
        0.3,
        ("紫菜鲍鱼生态养殖技术", "海水养殖病害防治", "深远海养殖装备应用"),
        (),
        None,
        ("水产养殖", "病害防治", "科技特派员"),
        ("fishery",),
        ("sm_meet", "gov_shamei", "gov_aotou"),
        "sea",
        regions=("shamei", "aotou"),
    ),
    Subject(
        "coldchain",
        T,
        "yjj",
        ("scjgj",),
        0.4,
        ("冷库及冷链物流企业安全生产", "涉氨制冷企业安全管理", "冷链食品安全与冷库安全"),
        (),
        None,
        ("涉氨制冷", "冷库安全"),
        ("warehousing", "aquaproc"),
        ("sm_meet", "bond_train", "xz_2"),
        "sea",
    ),
    Subject(
        "shoe_digital",
        T,
        "gxj",
        ("kjj",),
        0.3,
        ("鞋服企业数字化转型", "鞋服产业智能制造", "中小企业数字化转型城市试点"),
        ("鞋服企业“智改数转”诊断服务对接会",),
        "Digital Transformation Workshop for Footwear and Apparel Makers",
        ("数字化转型", "智能制造", "鞋服"),
        ("footwear", "apparel"),
        ("shoe_road", "xz_hall", "xz_1"),
        "shoe",
        online=0.15,
        amb=True,
        weight=1.3,
    ),
    Subject(
        "shoe_xborder",
        T,
        "swj",
        ("rsj", "ccpit"),
        0.4,
        ("鞋服跨境电商实操", "跨境电商（鞋服）人才", "跨境电商独立站运营"),
        ("跨境电商训练营",),
        "Cross-border E-commerce Bootcamp for Footwear Sellers",
        ("跨境电商", "亚马逊运营", "独立站"),
        ("footwear", "ecommerce"),
        ("shoe_live", "shoe_road", "rl_a", "rl_b"),
        "shoe",
        weight=1.2,
    ),
    Subject(
        "dyeing",
        T,
        "sthj",
        ("gxj",),
        0.2,
        ("纺织印染行业VOCs综合治理", "印染企业排污许可证后管理", "印染行业清洁生产"),
        (),
        None,
        ("VOCs", "排污许可", "印染"),
        ("dyeing", "textile"),
        ("gov_houan", "xz_2", "lib_hall"),
        "env",
        regions=("houan",),
    ),
    Subject(
        "trademark",
        P,
        "scjgj",
        ("gxj",),
        0.3,
        ("鞋服品牌商标保护与知识产权", "知识产权海外维权", "地理标志证明商标使用管理"),
        (),
        "IP Protection Briefing for Footwear Brands",
        ("商标", "知识产权", "海外维权"),
        ("footwear", "apparel"),
        ("shoe_road", "xz_1", "lib_hall"),
        "shoe",
        amb=True,
    ),
    Subject(
        "hitech",
        P,
        "kjj",
        ("sw",),
        0.4,
        ("2027年度高新技术企业认定申报", "高新技术企业认定政策", "科技型中小企业评价入库"),
        (),
        None,
        ("高企认定", "科技型中小企业"),
        ("mfg", "research"),
        ("xz_hall", "lib_hall", "xz_1"),
        "tech",
        online=0.2,
        amb=True,
    ),
    Subject(
        "rnd",
        P,
        "sw",
        ("kjj",),
        0.4,
        ("研发费用加计扣除", "研发费用加计扣除优惠政策", "先进制造业增值税加计抵减"),
        (),
        None,
        ("研发费用", "加计扣除"),
        ("mfg", "research"),
        ("sw_class", "xz_hall"),
        "tax",
        online=0.25,
        amb=True,
    ),
    Subject(
        "techreform",
        P,
        "gxj",
        (),
        0.0,
        ("制造业企业技术改造补助申报", "专精特新中小企业梯度培育", "工业企业增产增效奖励"),
        (),
        None,
        ("技改", "专精特新"),
        ("mfg", "footwear", "textile"),
        ("xz_hall", "xz_1", "xz_201"),
        "tech",
    ),
    Subject(
        "dust",
        T,
        "yjj",
        ("scjgj",),
        0.15,
        ("工贸企业有限空间作业安全", "粉尘涉爆企业安全", "工贸行业重大事故隐患判定标准"),
        (),
        None,
        ("有限空间", "粉尘防爆", "隐患排查"),
        ("footwear", "textile", "mfg"),
        ("dx_hall", "gov_jincuo", "gov_houan", "xz_hall"),
        "safety",
        regions=("jincuo", "houan"),
    ),
    Subject(
        "bonded",
        T,
        "hg",
        ("tzq", "swj"),
        0.5,
        ("保税物流中心（B型）业务", "跨境电商9610/9710/9810监管模式", "保税仓储企业海关监管"),
        (),
        "Bonded Logistics Centre (Type B) Operations Training",
        ("保税物流", "跨境电商", "海关监管"),
        ("logistics", "warehousing", "ecommerce"),
        ("bond_train", "bond_meet", "hg_meet"),
        "trade",
        amb=True,
        regions=("luwei",),
    ),
    Subject(
        "rcep",
        P,
        "ccpit",
        ("swj", "hg"),
        0.5,
        ("RCEP原产地规则及关税减让", "原产地证书签证与RCEP红利", "RCEP原产地证书自助打印"),
        (),
        "RCEP Rules of Origin Briefing",
        ("RCEP", "原产地证", "关税减让"),
        ("trade", "footwear", "aquaproc"),
        ("xz_hall", "xz_1", "hg_meet"),
        "trade",
        online=0.25,
    ),
    Subject(
        "aeo",
        T,
        "hg",
        ("swj",),
        0.3,
        ("AEO高级认证企业", "海关信用管理与AEO认证", "海关企业信用管理"),
        (),
        "AEO Certification Workshop",
        ("AEO", "信用管理"),
        ("trade", "mfg"),
        ("hg_meet", "bond_meet"),
        "trade",
    ),
    Subject(
        "rebate",
        P,
        "sw",
        ("swj",),
        0.4,
        ("出口退（免）税", "外贸企业出口退税申报", "出口退税无纸化申报"),
        (),
        None,
        ("出口退税",),
        ("trade", "footwear"),
        ("sw_class", "xz_hall"),
        "tax",
        online=0.25,
    ),
    Subject(
        "fx",
        P,
        "swj",
        ("ccpit",),
        0.3,
        ("出口信用保险及汇率避险", "外贸企业汇率风险管理", "外贸稳订单拓市场政策"),
        (),
        "Export Credit Insurance and FX Hedging Briefing",
        ("出口信保", "汇率避险"),
        ("trade",),
        ("xz_1", "xz_hall", "shoe_road"),
        "trade",
        online=0.15,
    ),
    Subject(
        "tea_garden",
        T,
        "nyj",
        ("yangkeng", "kjj"),
        0.45,
        (
            "生态茶园建设与病虫害绿色防控",
            "茶叶初制所清洁化改造",
            "洋坑乌龙茶加工技艺",
            "春茶采制技术",
        ),
        (),
        None,
        ("茶产业", "绿色防控", "茶叶加工"),
        ("tea", "agri"),
        ("tea_train", "gov_yangkeng"),
        "tea",
        durs=(120, 180),
        regions=("yangkeng", "puzai"),
        weight=1.2,
    ),
    Subject(
        "tea_safety",
        T,
        "scjgj",
        ("nyj",),
        0.4,
        ("茶叶质量安全与农药残留管控", "食用农产品承诺达标合格证", "茶叶生产许可审查"),
        (),
        None,
        ("农产品质量安全", "农残管控"),
        ("tea",),
        ("tea_train", "gov_yangkeng", "gov_puzai"),
        "tea",
        regions=("yangkeng", "puzai"),
    ),
    Subject(
        "tea_live",
        T,
        "rsj",
        ("nyj", "swj", "yangkeng"),
        0.5,
        ("茶叶电商直播带货", "电商直播（茶叶）技能", "农村电商直播"),
        ("“茶乡主播”直播带货培训班",),
        None,
        ("电商直播", "茶叶营销"),
        ("tea", "ecommerce"),
        ("shoe_live", "tea_train"),
        "tea",
        durs=(180, 240),
        regions=("yangkeng",),
    ),
    Subject(
        "skills",
        T,
        "rsj",
        (),
        0.1,
        ("企业职业技能等级认定（自主评价）", "职业技能等级认定备案", "企业技能人才自主评价"),
        (),
        None,
        ("技能评价", "职业技能等级认定"),
        ("mfg",),
        ("rl_media", "rl_a", "xz_2"),
        "labor",
    ),
    Subject(
        "stable_jobs",
        P,
        "rsj",
        ("qingxun", "luwei"),
        0.2,
        ("稳岗返还和一次性扩岗补助政策", "2027年就业创业补贴政策", "援企稳岗政策"),
        (),
        None,
        ("稳岗返还", "扩岗补助"),
        ("mfg", "trade"),
        ("rl_media", "xz_hall"),
        "labor",
        amb=True,
        weight=1.2,
    ),
    Subject(
        "labor_law",
        P,
        "rsj",
        ("tzq",),
        0.3,
        ("劳动用工合规", "劳动合同与工资支付", "根治欠薪政策"),
        (),
        None,
        ("劳动合同", "工资支付"),
        ("mfg", "construction"),
        ("rl_media", "tzq_hall", "xz_1"),
        "labor",
        amb=True,
    ),
    Subject(
        "social_ins",
        T,
        "rsj",
        ("sw",),
        0.2,
        ("社会保险经办业务", "社保费申报缴纳", "工伤预防"),
        (),
        None,
        ("社保", "工伤预防"),
        (),
        ("rl_media", "xz_2", "sw_class"),
        "labor",
        online=0.15,
    ),
    Subject(
        "sewing",
        T,
        "rsj",
        (),
        0.05,
        ("制鞋工职业技能", "缝纫工（鞋服）", "车缝工技能提升"),
        ("制鞋工（中级）职业技能培训班",),
        None,
        ("制鞋工", "技能提升"),
        ("footwear", "apparel"),
        ("rl_a", "rl_b", "shoe_road"),
        "shoe",
        durs=(180, 240, 480),
    ),
    Subject(
        "tw_policy",
        P,
        "tb",
        ("tzq", "tsh"),
        0.65,
        ("惠台利民政策", "台胞台企同等待遇政策", "两岸融合发展示范区政策"),
        ("台胞台企惠台政策说明会", "台资企业座谈会"),
        "Briefing on Policies for Taiwan Compatriots and Enterprises",
        ("惠台政策", "台资企业"),
        ("mfg", "trade"),
        ("tzq_hall", "tw_hall", "tzq_301"),
        "tw",
        weight=1.3,
        regions=("tzq",),
    ),
    Subject(
        "oc_policy",
        P,
        "ql",
        ("swj", "tzq"),
        0.5,
        ("侨资企业惠企政策", "侨商回乡投资服务", "侨资企业纾困解难"),
        ("侨资企业政策宣讲暨座谈会",),
        "Policy Briefing for Overseas Chinese-invested Enterprises",
        ("侨资企业", "侨商"),
        ("mfg", "trade"),
        ("hq_hall", "hq_small", "xz_1"),
        "tw",
        online=0.15,
    ),
    Subject(
        "tw_finance",
        P,
        "tb",
        ("tsh", "tzq"),
        0.55,
        ("台资企业融资对接", "台企金融服务专项", "台胞台企融资服务"),
        (),
        None,
        ("融资", "台企"),
        ("mfg",),
        ("tw_hall", "tzq_302", "tzq_301"),
        "tw",
    ),
    Subject(
        "tw_youth",
        T,
        "tb",
        ("rsj", "tsh"),
        0.5,
        ("台湾青年创业就业", "台青创业辅导", "两岸青年创新创业"),
        (),
        None,
        ("台青创业", "就业"),
        ("business", "ecommerce"),
        ("tw_hall", "tzq_302", "rl_media"),
        "tw",
        amb=True,
    ),
    Subject(
        "annual",
        P,
        "scjgj",
        ("tzq",),
        0.1,
        ("企业年度报告公示", "2026年度企业年报", "市场主体年报"),
        (),
        None,
        ("年报公示", "信用修复"),
        (),
        ("xz_hall", "xz_1", "lib_hall"),
        "admin",
        online=0.1,
        amb=True,
    ),
    Subject(
        "einvoice",
        T,
        "sw",
        (),
        0.05,
        ("数电发票推广应用", "全面数字化的电子发票操作", "电子税务局新功能操作"),
        (),
        None,
        ("数电发票", "电子税务局"),
        (),
        ("sw_class", "xz_2"),
        "tax",
        online=0.3,
        weight=1.2,
    ),
    Subject(
        "iit",
        P,
        "sw",
        ("rsj",),
        0.1,
        ("2026年度个人所得税综合所得汇算清缴", "个税年度汇算", "个人所得税汇算"),
        (),
        None,
        ("个税汇算",),
        (),
        ("sw_class", "xz_hall"),
        "tax",
        online=0.3,
        amb=True,
    ),
    Subject(
        "one_thing",
        P,
        "spj",
        ("scjgj",),
        0.3,
        ("“高效办成一件事”", "企业开办“一件事”", "惠企政策“免申即享”"),
        (),
        None,
        ("一件事一次办", "免申即享"),
        (),
        ("xz_hall", "xz_201", "xz_small"),
        "admin",
    ),
    Subject(
        "approval",
        T,
        "spj",
        (),
        0.1,
        ("工程建设项目审批制度改革", "工程建设项目“多测合一”", "工业项目“拿地即开工”"),
        (),
        None,
        ("工程建设审批",),
        ("construction", "mfg"),
        ("xz_1", "xz_202", "xz_2"),
        "admin",
    ),
    Subject(
        "main_resp",
        T,
        "yjj",
        (),
        0.1,
        (
            "生产经营单位主要负责人和安全管理人员",
            "企业安全生产主体责任",
            "安全生产治本攻坚三年行动",
        ),
        (),
        None,
        ("安全生产", "主体责任"),
        ("mfg",),
        ("dx_hall", "xz_hall"),
        "safety",
        durs=(180, 480),
    ),
    Subject(
        "spec_equip",
        T,
        "scjgj",
        ("yjj",),
        0.2,
        ("特种设备安全管理", "电梯及锅炉安全管理", "场内机动车辆（叉车）安全"),
        (),
        None,
        ("特种设备",),
        ("mfg", "warehousing"),
        ("dx_101", "dx_102", "xz_2"),
        "safety",
    ),
    Subject(
        "eia",
        P,
        "sthj",
        (),
        0.1,
        ("环评与排污许可“两证合一”", "建设项目环评审批改革", "固体废物规范化管理"),
        (),
        None,
        ("环评", "排污许可", "固废"),
        ("mfg",),
        ("xz_201", "lib_hall"),
        "env",
    ),
    Subject(
        "port_safety",
        T,
        "yjj",
        ("tzq",),
        0.25,
        ("港口危险货物作业安全", "港区危货集装箱安全管理"),
        (),
        None,
        ("港口安全", "危险货物"),
        ("logistics",),
        ("bond_train", "gov_luwei"),
        "safety",
        regions=("luwei",),
    ),
    Subject(
        "tzq_service",
        P,
        "tzq",
        ("spj",),
        0.3,
        ("台投区惠企政策", "投资区产业扶持政策", "园区企业服务专员制度"),
        ("台投区企业服务日",),
        None,
        ("园区服务", "产业扶持"),
        ("mfg",),
        ("tzq_hall", "tzq_301", "tzq_302"),
        "tw",
        regions=("tzq",),
    ),
    Subject(
        "finance",
        P,
        "gxj",
        ("swj",),
        0.25,
        ("银企融资对接", "中小微企业融资政策", "“信易贷”平台应用"),
        (),
        None,
        ("融资", "信易贷"),
        ("mfg",),
        ("xz_hall", "xz_1", "lib_hall"),
        "tech",
    ),
    Subject(
        "sme_mgmt",
        T,
        "gxj",
        ("kjj",),
        0.2,
        ("民营企业经营管理人才", "中小企业管理提升", "企业“小升规”辅导"),
        (),
        None,
        ("企业管理", "小升规"),
        ("mfg",),
        ("dx_101", "dx_102", "dx_hall"),
        "tech",
        durs=(180, 480),
    ),
    Subject(
        "tsh_seminar",
        P,
        "tsh",
        ("tb",),
        0.45,
        ("台商会员企业政策", "两岸经贸交流", "台商子女就学就医政策"),
        ("台商会员大会暨政策说明会",),
        None,
        ("台商", "两岸交流"),
        ("mfg", "trade"),
        ("tw_hall", "tzq_hall"),
        "tw",
    ),
    Subject(
        "oc_online",
        P,
        "ql",
        ("swj",),
        0.3,
        ("海外侨胞投资浔澳推介", "“侨连五洲”跨境线上推介"),
        (),
        "Invest in Xun'ao: Online Briefing for Overseas Chinese",
        ("侨商", "招商推介"),
        ("trade", "mfg"),
        ("hq_hall",),
        "tw",
        online=0.7,
    ),
    Subject(
        "town_service",
        P,
        "luwei",
        ("rsj",),
        0.3,
        ("惠企政策进企业", "企业服务直通车", "民营企业服务月"),
        (),
        None,
        ("惠企政策", "企业服务"),
        (),
        ("gov_luwei",),
        "admin",
        regions=("luwei",),
    ),
    Subject(
        "street_service",
        P,
        "qingxun",
        ("scjgj",),
        0.3,
        ("个体工商户政策", "小微企业惠企政策", "商圈经营主体服务"),
        (),
        None,
        ("个体工商户", "惠企政策"),
        ("trade", "hospitality"),
        ("gov_qingxun",),
        "admin",
        regions=("qingxun",),
    ),
    Subject(
        "tea_town",
        T,
        "yangkeng",
        ("nyj",),
        0.4,
        ("茶农春茶管理", "茶企品牌营销", "洋坑乌龙茶地理标志使用"),
        (),
        None,
        ("茶产业",),
        ("tea",),
        ("gov_yangkeng", "tea_train"),
        "tea",
        regions=("yangkeng",),
    ),
)
SUBJ: dict[str, Subject] = {s.key: s for s in SUBJECTS}

SUFFIX = {
    T: ("培训班", "培训会", "专题培训", "业务培训", "培训", "实操培训", "辅导培训"),
    P: ("政策宣讲会", "宣讲会", "政策解读会", "政策说明会", "宣讲活动", "政策宣传会"),
}

# --------------------------------------------------------------------------- sessions


@dataclass(frozen=True)
class Online:
    platform: str
    code: str | None
    url: str | None


PLATFORM_NAMES = {
    "tencent": ("腾讯会议", "腾讯会议", "Tencent Meeting"),
    "dingtalk": ("钉钉", "钉钉视频会议", "DingTalk"),
    "feishu": ("飞书", "飞书会议", "Lark"),
    "zoom": ("Zoom", "ZOOM", "Zoom"),
    "welink": ("华为云WeLink", "WeLink", "WeLink"),
    "xiaoe": ("小鹅通直播", "小鹅通", "Xiaoe live"),
    "wecom": ("企业微信直播", "企微直播", "WeCom live"),
    "channels": ("微信视频号直播", "视频号", "WeChat Channels"),
}
DEPT_PLATFORMS = {
    "rsj": ("dingtalk", "channels", "tencent"),
    "sw": ("tencent",),
    "swj": ("zoom", "tencent"),
    "ccpit": ("zoom", "tencent"),
    "ql": ("zoom", "channels"),
    "gxj": ("welink", "tencent"),
    "kjj": ("feishu", "tencent"),
    "tzq": ("wecom", "tencent"),
    "scjgj": ("tencent", "xiaoe"),
    "hg": ("tencent",),
}


@dataclass
class Session:
    sid: int
    subject: Subject
    kind: str
    start: datetime
    end: datetime
    room: Room | None
    online: Online | None
    hosts: list[str]
    quals: list[tuple[str, str]] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    capacity: int | None = None
    reg_url: str | None = None
    keep_loc: bool = False  # every posting shows the room / meeting code
    no_loc: bool = False  # no posting shows a location
    tag: str = ""


@dataclass
class Posting:
    dept: str
    session: Session
    record: dict[str, Any]
    start: datetime
    end: datetime


def _token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


class Builder:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.sessions: list[Session] = []
        self.occ: dict[str, list[tuple[datetime, datetime]]] = defaultdict(list)
        self.groups: list[tuple[str, list[int]]] = []
        self.codes: set[str] = set()
        self.used_subject_days: set[tuple[str, date]] = set()
        self.days = [
            FIRST_DAY + timedelta(days=i)
            for i in range(N_DAYS)
            if (FIRST_DAY + timedelta(days=i)).weekday() < 5
            and FIRST_DAY + timedelta(days=i) not in HOLIDAYS
        ]
        self.saturdays = [
            FIRST_DAY + timedelta(days=i)
            for i in range(N_DAYS)
            if (FIRST_DAY + timedelta(days=i)).weekday() == 5
            and FIRST_DAY + timedelta(days=i) not in HOLIDAYS
        ]
        self.ext_counter: Counter[str] = Counter()

    # ---------------------------------------------------------------- scheduling utilities

    def at(self, d: date, hhmm: str) -> datetime:
        h, m = hhmm.split(":")
        return datetime(d.year, d.month, d.day, int(h), int(m), tzinfo=CST)

    def slot(self, d: date, subj: Subject, half: str | None = None) -> tuple[datetime, datetime]:
        rng = self.rng
        dur = rng.choice(subj.durs)
        if dur >= 480:
            return self.at(d, "09:00"), self.at(d, "17:00")
        if half is None:
            half = "am" if rng.random() < 0.5 else "pm"
        if half == "am":
            start = rng.choice(("08:30", "09:00", "09:00", "09:30", "09:30", "10:00"))
            st = self.at(d, start)
            en = min(st + timedelta(minutes=dur), self.at(d, "12:00"))
            if en - st < timedelta(minutes=60):
                en = st + timedelta(minutes=90)
        else:
            start = rng.choice(("14:00", "14:30", "14:30", "15:00", "15:00", "15:30"))
            st = self.at(d, start)
            en = min(st + timedelta(minutes=dur), self.at(d, "17:30"))
        return st, en

    def free(self, room: Room | None, st: datetime, en: datetime) -> bool:
        if room is None:
            return True
        gap = timedelta(minutes=60)
        return all(en + gap <= s or e + gap <= st for s, e in self.occ[room.key])

    def new_code(self, digits: int) -> str:
        while True:
            first = self.rng.choice("89" if digits == 11 else "123456789")
            code = first + "".join(self.rng.choice(string.digits) for _ in range(digits - 1))
            if code not in self.codes:
                self.codes.add(code)
                return code

    def make_online(self, owner: str, platform: str | None = None) -> Online:
        rng = self.rng
        if platform is None:
            platform = rng.choice(DEPT_PLATFORMS.get(owner, ("tencent", "tencent", "dingtalk")))
        if platform == "tencent":
            return Online(
                platform, self.new_code(9), f"https://meeting.tencent.com/dm/{_token(rng, 12)}"
            )
        if platform == "dingtalk":
            return Online(
                platform, self.new_code(9), f"https://meeting.dingtalk.com/j/{_token(rng, 11)}"
            )
        if platform == "feishu":
            code = self.new_code(9)
            return Online(platform, code, f"https://vc.feishu.cn/j/{code}")
        if platform == "zoom":
            code = self.new_code(11)
            return Online(platform, code, f"https://us06web.zoom.us/j/{code}?pwd={_token(rng, 22)}")
        if platform == "welink":
            code = self.new_code(9)
            return Online(platform, code, f"https://meeting.huaweicloud.com/#/j/{code}")
        if platform == "xiaoe":
            app = _token(rng, 8, string.ascii_lowercase + string.digits)
            return Online(
                platform,
                None,
                f"https://app{app}.h5.xiaoeknow.com/v2/course/alive/l_{_token(rng, 14)}",
            )
        if platform == "wecom":
            return Online(platform, None, f"https://live.work.weixin.qq.com/s/{_token(rng, 16)}")
        return Online("channels", None, None)

    def reg_url(self, dept: str) -> str | None:
        rng = self.rng
        style = DEPTS[dept].reg
        r = rng.random()
        if r < 0.3:
            return None
        if style == "gov":
            return f"https://{dept}.xunao.gov.cn/bm/{_token(rng, 10, string.digits)}"
        if style == "jsj":
            return f"https://jinshuju.net/f/{_token(rng, 6)}"
        if style == "reurl":
            return f"https://reurl.cc/{_token(rng, 6)}"
        return f"https://www.wjx.cn/vm/{_token(rng, 7)}.aspx"

    def hosts_for(self, subj: Subject, extra_p: float = 0.0) -> list[str]:
        rng = self.rng
        hosts = [subj.owner]
        if subj.cohosts and rng.random() < subj.p_co + extra_p:
            pool = list(subj.cohosts)
            rng.shuffle(pool)
            k = 1
            if len(pool) > 1 and rng.random() < 0.3:
                k = 2
            hosts += pool[:k]
            if rng.random() < 0.04:
                extra = rng.choice(("gxj", "scjgj", "swj", "rsj", "tzq", "spj"))
                if extra not in hosts:
                    hosts.append(extra)
        return hosts

    def add(
        self,
        subj: Subject,
        st: datetime,
        en: datetime,
        room: Room | None,
        *,
        online: Online | None = None,
        hosts: list[str] | None = None,
        quals: list[tuple[str, str]] | None = None,
        regions: list[str] | None = None,
        keep_loc: bool = False,
        no_loc: bool = False,
        tag: str = "",
    ) -> Session | None:
        if not self.free(room, st, en):
            return None
        rng = self.rng
        if hosts is None:
            hosts = self.hosts_for(subj)
        if regions is None:
            regions = list(subj.regions) if subj.regions and rng.random() < 0.6 else []
            towns_hosting = [h for h in hosts if h in TOWN_DEPT.values()]
            if towns_hosting and not regions:
                regions = towns_hosting
        kind = subj.kind
        if subj.amb and rng.random() < 0.1:
            kind = P if kind == T else T
        cap: int | None
        if room is not None:
            cap = rng.choice((room.cap, room.cap, max(10, room.cap - 10), None))
        else:
            cap = rng.choice((None, 300, 500, 1000))
        s = Session(
            sid=len(self.sessions) + 1,
            subject=subj,
            kind=kind,
            start=st,
            end=en,
            room=room,
            online=online,
            hosts=hosts,
            quals=quals or [],
            regions=regions,
            capacity=cap,
            reg_url=self.reg_url(hosts[0]),
            keep_loc=keep_loc,
            no_loc=no_loc,
            tag=tag,
        )
        if room is not None:
            self.occ[room.key].append((st, en))
        self.sessions.append(s)
        self.used_subject_days.add((subj.key, st.date()))
        return s

    def pick_subject(self, keys: tuple[str, ...] | None = None) -> Subject:
        pool = [SUBJ[k] for k in keys] if keys else list(SUBJECTS)
        return self.rng.choices(pool, weights=[s.weight for s in pool])[0]

    # ---------------------------------------------------------------- hard negatives

    def neg_parallel_rooms(self, n: int) -> None:
        rng = self.rng
        by_domain: dict[str, list[Subject]] = defaultdict(list)
        for sj in SUBJECTS:
            by_domain[sj.domain].append(sj)
        made = 0
        for _ in range(n * 30):
            if made >= n:
                break
            bkey = rng.choice(("xz", "xz", "tzq", "dx", "rl", "bond", "hq", "shoe"))
            rooms = list(MULTI_ROOM[bkey])
            rng.shuffle(rooms)
            k = 3 if len(rooms) >= 3 and rng.random() < 0.35 else 2
            cands = [x for x in SUBJECTS if set(x.rooms) & set(rooms)]
            if not cands:
                continue
            first = rng.choice(cands)
            related = [x for x in cands if x.domain == first.domain and x is not first]
            others = related or [x for x in by_domain[first.domain] if x is not first]
            if not others:
                continue
            subs = [first, *rng.sample(others, min(k - 1, len(others)))]
            d = rng.choice(self.days)
            half = rng.choice(("am", "pm"))
            st, en = self.slot(d, subs[0], half)
            rks: list[str] = []
            for sj in subs:
                own = [r for r in rooms if r in sj.rooms and r not in rks]
                rks.append(own[0] if own else next(r for r in rooms if r not in rks))
            if not all(self.free(ROOMS[r], st, en) for r in rks):
                continue
            ids = []
            for subj, rk in zip(subs, rks, strict=True):
                e2 = en + timedelta(minutes=rng.choice((0, 0, -30, 30)))
                s = self.add(subj, st, e2, ROOMS[rk], tag="parallel_rooms")
                if s is not None:
                    ids.append(s.sid)
            self.groups.append(("parallel_rooms", ids))
            made += 1

    def neg_adjacent_rooms(self, n: int) -> None:
        rng = self.rng
        made = 0
        for _ in range(n * 30):
            if made >= n:
                break
            ra, rb = rng.choice(ADJACENT)
            cands = [s for s in SUBJECTS if ra in s.rooms or rb in s.rooms]
            if not cands:
                cands = [s for s in SUBJECTS if s.domain in ("tax", "labor", "safety", "tw")]
            subj = self.pick_subject(tuple(s.key for s in cands))
            same = rng.random() < 0.5
            other = subj
            if not same:
                rel = [s for s in SUBJECTS if s.domain == subj.domain and s is not subj]
                if not rel:
                    continue
                other = rng.choice(rel)
            d = rng.choice(self.days)
            st, en = self.slot(d, subj)
            if not (self.free(ROOMS[ra], st, en) and self.free(ROOMS[rb], st, en)):
                continue
            a = self.add(subj, st, en, ROOMS[ra], keep_loc=same, tag="adjacent_rooms")
            hosts_b = list(a.hosts) if (a is not None and same) else None
            b = self.add(
                other, st, en, ROOMS[rb], hosts=hosts_b, keep_loc=same, tag="adjacent_rooms"
            )
            if a is not None and b is not None:
                self.groups.append(("adjacent_rooms", [a.sid, b.sid]))
                made += 1

    def neg_classes(self, n: int) -> None:
        rng = self.rng
        made = 0
        for _ in range(n * 30):
            if made >= n:
                break
            subj = SUBJ[
                rng.choice(
                    ("sewing", "tea_live", "shoe_xborder", "skills", "sme_mgmt", "spec_equip")
                )
            ]
            ra, rb = rng.choice(
                (
                    ("rl_a", "rl_b"),
                    ("dx_101", "dx_102"),
                    ("rl_a", "rl_b"),
                    ("shoe_live", "shoe_road"),
                )
            )
            d = rng.choice(self.days + self.saturdays[:4])
            st, en = self.slot(d, subj)
            if not (self.free(ROOMS[ra], st, en) and self.free(ROOMS[rb], st, en)):
                continue
            base: list[tuple[str, str]] = []
            if rng.random() < 0.3:
                base = [("series", str(rng.randint(2, 6)))]
            hosts = self.hosts_for(subj)
            a = self.add(
                subj,
                st,
                en,
                ROOMS[ra],
                hosts=hosts,
                quals=[*base, ("class", "1")],
                tag="parallel_classes",
            )
            b = self.add(
                subj,
                st,
                en,
                ROOMS[rb],
                hosts=list(hosts),
                quals=[*base, ("class", "2")],
                tag="parallel_classes",
            )
            if a is not None and b is not None:
                self.groups.append(("parallel_classes", [a.sid, b.sid]))
                made += 1

    def neg_series(self) -> None:
        rng = self.rng
        plans: list[tuple[str, str, int, str, int, str]] = [
            # subject, room, weekday, time, count, step
            ("einvoice", "sw_class", 1, "14:30", 9, "week"),
            ("shoe_xborder", "shoe_live", 3, "09:00", 6, "week"),
            ("sewing", "rl_a", 2, "09:00", 5, "fortnight"),
            ("main_resp", "dx_hall", 4, "09:00", 5, "fortnight"),
            ("tea_live", "tea_train", 0, "09:00", 4, "sameday"),
            ("skills", "rl_media", 0, "14:30", 4, "sameday"),
            ("tw_youth", "tw_hall", 5, "14:00", 4, "fortnight"),
        ]
        for key, rk, wd, hhmm, count, step in plans:
            subj = SUBJ[key]
            room = ROOMS[rk]
            first = FIRST_DAY + timedelta(days=wd + 7 * rng.randint(0, 2))
            hosts = self.hosts_for(subj)
            ids: list[int] = []
            n = 1
            d = first
            while n <= count and d < FIRST_DAY + timedelta(days=N_DAYS):
                if d in HOLIDAYS:
                    d += timedelta(days=7)
                    continue
                starts = [hhmm]
                if step == "sameday":
                    starts = ["09:00", "14:30"]
                for hm in starts:
                    if n > count:
                        break
                    st = self.at(d, hm)
                    dur = max(subj.durs[0], 120) if step != "sameday" else 150
                    en = st + timedelta(minutes=min(dur, 480))
                    if dur >= 480:
                        en = self.at(d, "17:00")
                    s = self.add(
                        subj,
                        st,
                        en,
                        room,
                        hosts=list(hosts),
                        quals=[("series", str(n))],
                        tag="series_siblings",
                    )
                    if s is not None:
                        ids.append(s.sid)
                        n += 1
                d += timedelta(days=14 if step == "fortnight" else 7)
            for a, b in itertools.pairwise(ids):
                self.groups.append(("series_siblings", [a, b]))
        # an online series re-using one Zoom meeting id on different days
        subj = SUBJ["oc_online"]
        on = self.make_online("ql", "zoom")
        ids = []
        for i in range(5):
            d = FIRST_DAY + timedelta(days=3 + 14 * i + 7)
            if d in HOLIDAYS or d.weekday() >= 5:
                continue
            st, en = self.at(d, "16:00"), self.at(d, "17:30")
            s = self.add(
                subj,
                st,
                en,
                None,
                online=on,
                hosts=["ql", "swj"] if i % 2 else ["ql"],
                quals=[("series", str(i + 1))],
                tag="series_siblings",
            )
            if s is not None:
                ids.append(s.sid)
        for a, b in itertools.pairwise(ids):
            self.groups.append(("series_siblings", [a, b]))

    def neg_ampm(self, n: int) -> None:
        rng = self.rng
        made = 0
        for _ in range(n * 30):
            if made >= n:
                break
            subj = SUBJ[
                rng.choice(
                    (
                        "iit",
                        "annual",
                        "stable_jobs",
                        "einvoice",
                        "rcep",
                        "hitech",
                        "one_thing",
                        "labor_law",
                        "tea_safety",
                    )
                )
            ]
            rk = rng.choice(subj.rooms)
            d = rng.choice(self.days)
            st1, en1 = self.at(d, "09:00"), self.at(d, rng.choice(("11:00", "11:30")))
            st2, en2 = self.at(d, rng.choice(("14:30", "15:00"))), self.at(d, "17:00")
            room = ROOMS[rk]
            if not (self.free(room, st1, en1) and self.free(room, st2, en2)):
                continue
            hosts = self.hosts_for(subj)
            a = self.add(subj, st1, en1, room, hosts=hosts, quals=[("ampm", "am")], tag="am_pm")
            b = self.add(
                subj, st2, en2, room, hosts=list(hosts), quals=[("ampm", "pm")], tag="am_pm"
            )
            if a is not None and b is not None:
                self.groups.append(("am_pm", [a.sid, b.sid]))
                made += 1

    def neg_town_tours(self, n: int) -> None:
        rng = self.rng
        subjects = (
            "stable_jobs",
            "fuel_subsidy",
            "iit",
            "annual",
            "dust",
            "labor_law",
            "one_thing",
            "social_ins",
        )
        for i in range(n):
            subj = SUBJ[subjects[i % len(subjects)]]
            towns = list(TOUR_TOWNS)
            if subj.key == "fuel_subsidy":
                towns = ["aotou", "luwei", "shamei", "houan"]
            rng.shuffle(towns)
            towns = towns[: rng.randint(3, 5)]
            two_teams = rng.random() < 0.4
            qual_kind = "station" if rng.random() < 0.3 else "town"
            d_idx = rng.randrange(len(self.days) - 6)
            ids: list[int] = []
            hhmm = rng.choice(("09:00", "09:30", "14:30", "15:00"))
            j = 0
            while j < len(towns):
                d = self.days[d_idx]
                batch = towns[j : j + (2 if two_teams and j + 1 < len(towns) else 1)]
                for tk in batch:
                    st = self.at(d, hhmm)
                    en = st + timedelta(minutes=rng.choice((90, 120)))
                    room = ROOMS["gov_" + tk]
                    hosts = [subj.owner]
                    if tk in TOWN_DEPT and TOWN_DEPT[tk] != subj.owner:
                        hosts.append(TOWN_DEPT[tk])
                    else:
                        others = [c for c in subj.cohosts if c not in TOWN_DEPT.values()]
                        if others and rng.random() < 0.3:
                            hosts.append(rng.choice(others))
                    s = self.add(
                        subj,
                        st,
                        en,
                        room,
                        hosts=hosts,
                        quals=[(qual_kind, tk)],
                        regions=[tk],
                        tag="town_tour",
                    )
                    if s is not None:
                        ids.append(s.sid)
                j += len(batch)
                d_idx += 1
            self.groups.append(("town_tour", ids))

    def neg_online(self, n: int) -> None:
        rng = self.rng
        made = 0
        for _ in range(n * 20):
            if made >= n:
                break
            subj = SUBJ[
                rng.choice(
                    (
                        "einvoice",
                        "iit",
                        "rnd",
                        "rebate",
                        "rcep",
                        "hitech",
                        "social_ins",
                        "shoe_digital",
                        "annual",
                    )
                )
            ]
            plats = [
                p
                for p in DEPT_PLATFORMS.get(subj.owner, ("tencent",))
                if p not in ("channels", "xiaoe", "wecom")
            ]
            if not plats:
                plats = ["tencent"]
            d = rng.choice(self.days)
            st, en = self.slot(d, subj)
            quals_a: list[tuple[str, str]] = []
            quals_b: list[tuple[str, str]] = []
            if rng.random() < 0.5:
                sa, sb = rng.sample(
                    ("制造业", "商贸企业", "外贸企业", "个体工商户", "建筑业", "新办企业"), 2
                )
                quals_a, quals_b = [("sector", sa)], [("sector", sb)]
            hosts = self.hosts_for(subj)
            a = self.add(
                subj,
                st,
                en,
                None,
                online=self.make_online(subj.owner, rng.choice(plats)),
                hosts=hosts,
                quals=quals_a,
                keep_loc=True,
                tag="online_same_hour",
            )
            b = self.add(
                subj,
                st,
                en,
                None,
                online=self.make_online(subj.owner, rng.choice(plats)),
                hosts=list(hosts),
                quals=quals_b,
                keep_loc=True,
                tag="online_same_hour",
            )
            if a is not None and b is not None:
                self.groups.append(("online_same_hour", [a.sid, b.sid]))
                made += 1

    def neg_noloc(self, n: int) -> None:
        rng = self.rng
        made = 0
        for _ in range(n * 30):
            if made >= n:
                break
            sa, sb = rng.sample(SUBJECTS, 2)
            if sa.owner == sb.owner or sa.domain == sb.domain:
                continue
            d = rng.choice(self.days)
            st, en = self.slot(d, sa)
            ra, rb = ROOMS[rng.choice(sa.rooms)], ROOMS[rng.choice(sb.rooms)]
            if ra is rb or not (self.free(ra, st, en) and self.free(rb, st, en)):
                continue
            a = self.add(sa, st, en, ra, no_loc=True, tag="noloc_same_hour")
            b = self.add(
                sb,
                st,
                en + timedelta(minutes=rng.choice((0, 30, -30))),
                rb,
                no_loc=True,
                tag="noloc_same_hour",
            )
            if a is not None and b is not None:
                self.groups.append(("noloc_same_hour", [a.sid, b.sid]))
                made += 1

    def neg_later_room(self, n: int) -> None:
        rng = self.rng
        made = 0
        for _ in range(n * 30):
            if made >= n:
                break
            bkey = rng.choice(("xz", "xz", "tzq", "dx", "rl", "bond", "hq", "shoe"))
            ra, rb = rng.sample(MULTI_ROOM[bkey], 2)
            cands = [s for s in SUBJECTS if ra in s.rooms or rb in s.rooms] or list(SUBJECTS)
            sa = rng.choice(cands)
            rel = [s for s in SUBJECTS if s.domain == sa.domain]
            sb = rng.choice(rel)
            d = rng.choice(self.days)
            st, en = self.slot(d, sa)
            lag = timedelta(minutes=rng.choice((30, 45, 60)))
            st2, en2 = st + lag, en + lag
            if not (self.free(ROOMS[ra], st, en) and self.free(ROOMS[rb], st2, en2)):
                continue
            a = self.add(sa, st, en, ROOMS[ra], tag="later_other_room")
            b = self.add(sb, st2, en2, ROOMS[rb], tag="later_other_room")
            if a is not None and b is not None:
                self.groups.append(("later_other_room", [a.sid, b.sid]))
                made += 1

    def neg_repeat(self, n: int) -> None:
        rng = self.rng
        made = 0
        for _ in range(n * 30):
            if made >= n:
                break
            subj = self.pick_subject()
            rk = rng.choice(subj.rooms)
            i = rng.randrange(len(self.days) - 25)
            d1 = self.days[i]
            d2 = self.days[i + rng.choice((5, 10, 15, 20))]
            st1, en1 = self.slot(d1, subj)
            st2 = datetime.combine(d2, st1.timetz())
            en2 = datetime.combine(d2, en1.timetz())
            room = ROOMS[rk]
            if not (self.free(room, st1, en1) and self.free(room, st2, en2)):
                continue
            hosts = self.hosts_for(subj)
            a = self.add(subj, st1, en1, room, hosts=hosts, tag="repeat_other_day")
            b = self.add(subj, st2, en2, room, hosts=list(hosts), tag="repeat_other_day")
            if a is not None and b is not None:
                self.groups.append(("repeat_other_day", [a.sid, b.sid]))
                made += 1

    # ---------------------------------------------------------------- regular traffic

    def regular(self, total: int) -> None:
        rng = self.rng
        tries = 0
        while len(self.sessions) < total and tries < total * 40:
            tries += 1
            subj = self.pick_subject()
            weekend = subj.owner in ("tsh", "ql", "rsj") and rng.random() < 0.08
            d = rng.choice(self.saturdays if weekend else self.days)
            if (subj.key, d) in self.used_subject_days:
                continue
            st, en = self.slot(d, subj)
            r = rng.random()
            online: Online | None = None
            room: Room | None = ROOMS[rng.choice(subj.rooms)]
            if r < subj.online:
                online, room = self.make_online(subj.owner), None
                if rng.random() < 0.3:
                    st, en = (
                        self.at(d, rng.choice(("15:00", "16:00", "19:30"))),
                        self.at(d, "17:00"),
                    )
                    if st.hour == 19:
                        en = self.at(d, "21:00")
                    elif st.hour == 16:
                        en = self.at(d, "17:30")
            elif r < subj.online + 0.07 and subj.owner in DEPT_PLATFORMS:
                online = self.make_online(
                    subj.owner, rng.choice(("channels", "xiaoe", "wecom", "tencent"))
                )
            self.add(subj, st, en, room, online=online)

    def build(self) -> None:
        self.neg_series()
        self.neg_town_tours(7)
        self.neg_parallel_rooms(13)
        self.neg_adjacent_rooms(10)
        self.neg_classes(10)
        self.neg_ampm(10)
        self.neg_online(10)
        self.neg_noloc(12)
        self.neg_later_room(10)
        self.neg_repeat(10)
        self.regular(self.rng.randint(800, 840))


# --------------------------------------------------------------------------- rendering


def _floor(floor: int, style: str) -> str:
    return {
        "n楼": f"{floor}楼",
        "cn楼": f"{cn_num(floor)}楼",
        "nF": f"{floor}F",
        "n层": f"{floor}层",
        "cn层": f"{cn_num(floor)}层",
        "cn樓": f"{cn_num(floor)}樓",
        "n樓": f"{floor}樓",
        "omit": "",
    }[style]


def _building_part(rng: random.Random, b: Building, style: str) -> str:
    if b.bno is not None:
        n = b.bno
        return {
            "num": f"{n}号楼",
            "hash": f"{n}#楼",
            "cn": f"{cn_num(n)}号楼",
            "letter": f"{chr(64 + n)}栋",
            "zuo": f"{chr(64 + n)}座",
            "omit": "",
        }[style]
    if b.bname and style != "omit" and rng.random() < 0.6:
        return b.bname
    return ""


def _room_label(rng: random.Random, room: Room, ordstyle: str) -> str:
    if room.kind == "ord":
        n = room.n
        return {
            "第cn": f"第{cn_num(n)}{room.noun}",
            "cn号": f"{cn_num(n)}号{room.noun}",
            "n号": f"{n}号{room.noun}",
            "第n": f"第{n}{room.noun}",
        }[ordstyle]
    if room.kind == "num":
        return rng.choice(
            (f"{room.n}{room.noun}", f"{room.n}{room.noun}", f"{room.n}室", f"{room.n}")
        )
    if room.kind == "letter":
        L = room.letter
        return rng.choice(
            (f"{room.noun}{L}", f"{L}{room.noun}", f"{room.noun}{L}", f"{L}室", f"培训{L}室")
        )
    return rng.choice(room.names)


def _english_room(rng: random.Random, room: Room) -> str:
    b = room.building
    parts = [room.en]
    fl = room.floor
    if rng.random() < 0.7:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(fl, "th")
        parts.append(rng.choice((f"{fl}/F", f"{fl}{suffix} Floor")))
    if b.bno is not None and rng.random() < 0.8:
        parts.append(f"Building {b.bno}")
    elif b.bname_en and rng.random() < 0.5:
        parts.append(b.bname_en)
    parts.append(b.en)
    if rng.random() < 0.5:
        parts.append(rng.choice(("Xun'ao", "Xun'ao, Quanzhou", "Xun'ao City, Fujian")))
    return ", ".join(parts)


def render_room(rng: random.Random, room: Room, d: Dept) -> str:
    st = d.loc
    if rng.random() < st.english:
        return _english_room(rng, room)
    b = room.building
    lvl = rng.choice(st.prefix)
    if b.local and b.town_dept == d.slug and rng.random() < 0.6:
        inst = b.local
    elif lvl == 0:
        inst = rng.choice(b.alts)
    else:
        inst = b.full
        if lvl >= 2 and b.full.startswith("浔澳"):
            inst = ("泉州市" if lvl == 2 else "福建省泉州市") + inst
    bpart = _building_part(rng, b, rng.choice(st.bstyle))
    fstyle = rng.choice(st.fstyle)
    if room.kind == "num" and rng.random() < 0.6:
        fstyle = "omit"
    floor = _floor(room.floor, fstyle)
    label = _room_label(rng, room, rng.choice(st.ordstyle))
    inner = [p for p in (bpart, floor, label) if p]
    sep = " " if rng.random() < st.space else ""
    paren = rng.random() < st.paren
    text = f"{inst}（{sep.join(inner)}）" if paren else sep.join([inst, *inner])
    if rng.random() < st.addr:
        city = (
            "" if b.addr.startswith(("鹭尾", "金厝", "沙美", "洋坑", "澳头", "青浔")) else "浔澳市"
        )
        text = f"{city}{b.addr}{text}"
    if rng.random() < st.fullwidth:
        text = fullwidth(text)
    return text


def fmt_code(code: str, style: str) -> str:
    cut = (3, 7) if len(code) == 11 else (3, 6)
    groups = [code[: cut[0]], code[cut[0] : cut[1]], code[cut[1] :]]
    if style == "dash":
        return "-".join(groups)
    if style == "space":
        return " ".join(groups)
    return code


def render_online(
    rng: random.Random, on: Online, d: Dept, owner: str, must_identify: bool
) -> tuple[str | None, str | None]:
    names = PLATFORM_NAMES[on.platform]
    pname = rng.choice(names[:2])
    code = fmt_code(on.code, rng.choice(d.codes)) if on.code else None
    url = on.url
    if url and on.platform == "tencent" and rng.random() < 0.25:
        url += "?rs=25"
    if url and on.platform == "zoom" and rng.random() < 0.3:
        url = f"https://zoom.us/j/{on.code}"
    if on.platform == "channels":
        acct = DEPTS[owner].channel or "浔澳发布"
        return rng.choice(
            (f"微信视频号“{acct}”直播", f"视频号：{acct}", f"线上直播（视频号“{acct}”）")
        ), None
    english = d.english > 0.2 and rng.random() < 0.5
    if code is None:
        opts: list[tuple[str | None, str | None]] = [
            (pname, url),
            ("线上", url),
            (None, url),
            ("线上直播", url),
        ]
        if english:
            opts.append((f"Online ({names[2]})", url))
        return rng.choice(opts)
    id_word = rng.choice(("ID", "会议ID")) if on.platform == "zoom" else "会议号"
    opts = [
        (f"线上（{pname}：{code}）", url if rng.random() < 0.5 else None),
        (f"{pname}{id_word} {code}", None),
        (f"{pname}{id_word}：{code}", url),
        (f"{pname} {code}", url),
        ("线上", url),
        (None, url),
        (f"{pname}：{code}", None),
    ]
    if english:
        opts.append(
            (f"Online via {names[2]}, Meeting ID {code}", url if rng.random() < 0.5 else None)
        )
    if not must_identify and rng.random() < 0.05:
        return rng.choice(("线上", "网络直播", "线上会议")), None
    return rng.choice(opts)


def render_qual(
    rng: random.Random, q: tuple[str, str], english: bool, s: Session
) -> tuple[str, str]:
    """Returns (prefix, suffix) to put around the core title."""
    kind, val = q
    if kind == "series":
        n = int(val)
        if english:
            return "", rng.choice((f" (Session {n})", f" No.{n}", f" - Phase {n}"))
        return "", rng.choice(
            (
                f"第{n}期",
                f"（第{n}期）",
                f"第{cn_num(n)}期",
                f"（第{cn_num(n)}期）",
                f"·第{n}期",
                f"第{fullwidth(str(n))}期",
            )
        )
    if kind == "class":
        n = int(val)
        if english:
            return "", f" - Class {n}"
        return "", rng.choice(
            (f"（{cn_num(n)}班）", f"{cn_num(n)}班", f"（第{cn_num(n)}班）", f"{n}班", f"（{n}班）")
        )
    if kind in ("town", "station"):
        t = TOWNS[val]
        if english:
            return "", f" ({t.pinyin})"
        if kind == "station":
            return "", rng.choice((f"·{t.short}站", f"（{t.name}站）", f"{t.short}站"))
        if rng.random() < 0.25:
            return rng.choice((f"走进{t.name}｜", f"【{t.short}专场】")), ""
        return "", rng.choice(
            (f"（{t.name}专场）", f"·{t.name}专场", f"{t.short}专场", f"（{t.short}场）")
        )
    if kind == "ampm":
        am = val == "am"
        if english:
            return "", " (Morning)" if am else " (Afternoon)"
        local = s.start.astimezone(CST)
        return "", rng.choice(
            (
                "上午场" if am else "下午场",
                "（上午场）" if am else "（下午场）",
                "（上午）" if am else "（下午）",
                f"（{local.hour}:{local.minute:02d}场）",
            )
        )
    # sector 专场
    if english:
        return "", f" ({val})"
    return "", rng.choice((f"（{val}专场）", f"·{val}专场", f"{val}专场"))


def quarter(d: date) -> str:
    return "第一季度" if d.month <= 3 else "第二季度"


def render_title(
    rng: random.Random, s: Session, d: Dept, kind: str, is_owner: bool, quals: list[tuple[str, str]]
) -> str:
    subj = s.subject
    english = bool(subj.en) and rng.random() < d.english
    if english:
        assert subj.en is not None
        title = subj.en
        for q in quals:
            pre, suf = render_qual(rng, q, True, s)
            title = pre + title + suf
        if rng.random() < 0.2:
            title = f"[{d.slug.upper()}] " + title
        return title
    if subj.fulls and kind == subj.kind and rng.random() < (0.2 if is_owner else 0.35):
        core = rng.choice(subj.fulls)
    else:
        stem = subj.stems[0] if is_owner and rng.random() < 0.6 else rng.choice(subj.stems)
        suffix = rng.choice(SUFFIX[kind])
        if stem[-2:] == suffix[:2]:
            suffix = suffix[2:] or suffix
        core = stem + suffix
    local_day = s.start.astimezone(CST).date()
    if rng.random() < d.year and not core.startswith("20"):
        core = rng.choice(("2027年", f"2027年{quarter(local_day)}", "2027年度")) + core
    pre_all, suf_all = "", ""
    for q in quals:
        if q[0] in ("town", "station") and TOWN_DEPT.get(q[1]) == d.slug:
            continue  # the town's own prefix names it
        pre, suf = render_qual(rng, q, False, s)
        pre_all += pre
        suf_all += suf
    title = pre_all + core + suf_all
    if rng.random() < d.notice:
        title = rng.choice(("关于举办", "关于开展", "关于组织参加")) + title + "的通知"
    prefix = rng.choice(d.prefixes)
    if d.slug in ("luwei", "qingxun", "yangkeng") and not prefix:
        prefix = TOWNS[d.slug].name
    title = prefix + title + rng.choice(d.suffixes)
    if rng.random() < 0.04:
        title += rng.choice(("（名额有限）", "【报名】", "（公益）", "（企业必看）"))
    if s.room is not None and s.online is not None and rng.random() < 0.3:
        title += rng.choice(("（线上线下同步）", "（同步直播）"))
    if rng.random() < d.fullwidth:
        title = fullwidth(title)
    if d.trad:
        title = to_trad(title)
    return title


def render_regions(rng: random.Random, regions: list[str], d: Dept) -> list[str]:
    style = rng.choice(d.regions)
    if not regions:
        if style != "none" and rng.random() < 0.15:
            return [rng.choice(("全市", "浔澳市", "全市各镇（街道）"))]
        return []
    if style == "none":
        return []
    out = []
    for k in regions:
        t = TOWNS[k]
        out.append(
            {
                "full": t.name,
                "short": t.short,
                "pinyin": t.pinyin,
                "old": t.old,
                "minnan": t.minnan,
            }[style]
        )
    if d.trad:
        out = [to_trad(x) for x in out]
    return out


def render_sectors(rng: random.Random, sectors: tuple[str, ...], d: Dept) -> list[str]:
    style = rng.choice(d.sectors)
    if style == "none" or not sectors:
        return []
    chosen = list(sectors)
    if len(chosen) > 1 and rng.random() < 0.3:
        chosen = rng.sample(chosen, len(chosen) - 1)
    out = []
    for k in chosen:
        cn, gb, en = SECTORS[k]
        out.append({"cn": cn, "gb": gb, "gbcn": f"{gb} {cn}", "en": en}[style])
    if d.trad:
        out = [to_trad(x) for x in out]
    return out


def render_topics(rng: random.Random, s: Session, d: Dept) -> list[str]:
    if rng.random() < 0.15:
        return []
    subj = s.subject
    out = rng.sample(subj.topics, rng.randint(0, min(2, len(subj.topics))))
    vocab = list(d.tags)
    if d.tags_en and rng.random() < 0.4:
        vocab = list(d.tags_en)
    out += rng.sample(vocab, rng.randint(0, min(2, len(vocab))))
    if not out:
        out = [rng.choice(subj.topics)]
    if d.trad:
        out = [to_trad(x) for x in out]
    return list(dict.fromkeys(out))


def ext_id(rng: random.Random, slug: str, n: int, day: date) -> str:
    if slug == "rsj":
        return f"RSJ-2027-{n:04d}"
    if slug == "scjgj":
        return f"{n:04x}{_token(rng, 8, '0123456789abcdef')}"
    if slug == "swj":
        return f"SWJ{day:%Y%m%d}{n:03d}"
    if slug == "sw":
        return f"SW-XA-{n:05d}"
    if slug == "hg":
        return f"XAHG{day:%y}{n:04d}"
    if slug == "tsh":
        return f"tbca-{day:%Y}-{n:03d}"
    return f"{slug}-{day:%Y%m%d}-{n}"


def _iso(dt: datetime, utc: bool) -> str:
    if utc:
        return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return dt.astimezone(CST).isoformat()


def render_posting(rng: random.Random, s: Session, slug: str, n: int) -> Posting:
    d = DEPTS[slug]
    is_owner = slug == s.hosts[0]
    subj = s.subject
    # kind
    kind = s.kind
    p_flip = 0.6 if subj.amb else 0.25
    if not is_owner and d.kind_bias and d.kind_bias != s.kind and rng.random() < p_flip:
        kind = d.kind_bias
    # location / online
    location: str | None = None
    online_url: str | None = None
    shows_place = False
    if not s.no_loc:
        p_noloc = d.noloc + (0.0 if is_owner else 0.1)
        if s.tag == "town_tour":
            p_noloc += 0.3
        hide = (not s.keep_loc) and rng.random() < p_noloc
        if not hide:
            use_room = s.room is not None and (s.online is None or rng.random() < 0.75)
            if s.room is not None and use_room:
                location = render_room(rng, s.room, d)
                if d.trad:
                    location = to_trad(location)
                shows_place = True
            if s.online is not None and (not use_room or rng.random() < 0.4):
                loc2, online_url = render_online(rng, s.online, d, s.hosts[0], s.keep_loc)
                if location is None:
                    location = loc2
                has_code = loc2 is not None and any(ch.isdigit() for ch in loc2)
                shows_place = shows_place or has_code or online_url is not None
    # qualifiers
    quals = list(s.quals)
    if not is_owner and shows_place:
        quals = [q for q in quals if rng.random() >= 0.25]
    title = render_title(rng, s, d, kind, is_owner, quals)
    # times
    if is_owner:
        ds = rng.choice((0,) * 17 + (-15, -30, -30))
        de = rng.choice((0,) * 9 + (30,))
    else:
        ds = rng.choice((0,) * 12 + (-30, -30, -15, -15, 15, 30, 30))
        de = rng.choice((0,) * 14 + (-30, 30, -15, 15))
    st = s.start + timedelta(minutes=ds)
    en = s.end + timedelta(minutes=de)
    if en - st < timedelta(minutes=45):
        en = st + timedelta(minutes=60)
    utc = rng.random() < d.utc
    cap: int | None = s.capacity
    if not is_owner:
        cap = rng.choice((None, None, s.capacity, s.capacity, 20, 30, 50))
    reg: str | None = s.reg_url
    if not is_owner:
        r = rng.random()
        if r < 0.3:
            reg = None
        elif r < 0.5:
            reg = f"https://www.wjx.cn/vm/{_token(rng, 7)}.aspx"
    record: dict[str, Any] = {
        "department": slug,
        "input": {
            "externalId": ext_id(rng, slug, n, s.start.astimezone(CST).date()),
            "kind": kind,
            "title": title,
            "start": _iso(st, utc),
            "end": _iso(en, utc),
            "timezone": "Asia/Shanghai",
            "location": location,
            "onlineUrl": online_url,
            "topics": render_topics(rng, s, d),
            "audience": {
                "sectors": render_sectors(rng, subj.sectors, d),
                "regions": render_regions(rng, s.regions, d),
            },
            "capacity": cap,
            "registrationUrl": reg,
        },
        "truth": {
            "session": s.sid,
            "kind": s.kind,
            "start": _iso(s.start, True),
            "end": _iso(s.end, True),
        },
    }
    return Posting(slug, s, record, st, en)


def _build(seed: int) -> tuple[Builder, list[Posting]]:
    b = Builder(seed)
    b.build()
    rng = b.rng
    counters: Counter[str] = Counter()
    postings: list[Posting] = []
    for s in sorted(b.sessions, key=lambda x: (x.start, x.sid)):
        for slug in s.hosts:
            counters[slug] += 1
            postings.append(render_posting(rng, s, slug, counters[slug]))
    rng.shuffle(postings)
    return b, postings


def generate(seed: int = 0) -> list[dict[str, Any]]:
    """Postings of one 13-week spring of 浔澳市, shuffled, each with its hidden truth."""
    _, postings = _build(seed)
    return [p.record for p in postings]


def _check(b: Builder, postings: list[Posting]) -> None:
    by_room: dict[str, list[Session]] = defaultdict(list)
    for s in b.sessions:
        assert s.end > s.start
        if s.room is not None:
            by_room[s.room.key].append(s)
    for sessions in by_room.values():
        sessions.sort(key=lambda x: x.start)
        for x, y in itertools.pairwise(sessions):
            assert x.end + timedelta(minutes=60) <= y.start, (x.sid, y.sid)
    seen: set[tuple[str, str]] = set()
    for p in postings:
        s = p.session
        assert p.start < s.end, s.sid
        assert s.start < p.end, s.sid
        assert p.end > p.start
        inp = p.record["input"]
        key = (p.dept, inp["externalId"])
        assert key not in seen, key
        seen.add(key)
        for u in (inp["onlineUrl"], inp["registrationUrl"]):
            assert u is None or u.startswith("https://")
        assert inp["kind"] in (T, P)


if __name__ == "__main__":
    builder, posts = _build(0)
    _check(builder, posts)
    per_session: Counter[int] = Counter(p.session.sid for p in posts)
    n_sessions = len(builder.sessions)
    cohosted = sum(1 for c in per_session.values() if c > 1)
    print(f"postings: {len(posts)}")
    print(f"sessions: {n_sessions}")
    print(f"co-hosted sessions: {cohosted} ({cohosted / n_sessions:.1%})")
    kind_dis = sum(
        1
        for sid in per_session
        if len({p.record["input"]["kind"] for p in posts if p.session.sid == sid}) > 1
    )
    print(f"sessions with kind disagreement: {kind_dis}")
    print(f"postings in UTC: {sum(1 for p in posts if p.record['input']['start'].endswith('Z'))}")
    print(
        f"postings without location: {sum(1 for p in posts if p.record['input']['location'] is None)}"
    )
    neg: Counter[str] = Counter()
    neg_sessions: Counter[str] = Counter()
    for cat, ids in builder.groups:
        neg_sessions[cat] += len(ids)
        for i, a in enumerate(ids):
            for bb in ids[i + 1 :]:
                neg[cat] += per_session[a] * per_session[bb]
    print("hard negatives (pairs of postings; sessions involved):")
    for cat in sorted(neg_sessions):
        print(f"  {cat}: {neg[cat]} pairs, {neg_sessions[cat]} sessions")
    print(f"true pairs: {sum(c * (c - 1) // 2 for c in per_session.values())}")
