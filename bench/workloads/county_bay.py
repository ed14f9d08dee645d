"""Workload "bay": 锦湾市 (Jinwan), an invented county-level city of Quanzhou, southern Fujian.

Data sheet
==========

County
------
福建省泉州市锦湾市 ("锦湾", Jinwan), a busy coastal manufacturing city in the Minnan belt:
shoes and sportswear (东埕), textiles and apparel (洋坂), stone (石厝), ceramics (窑头), oolong
tea (茶岭), fishing and 侨乡 villages (金澳, 苏厝), a national-level-style economic development
zone (锦湾经济开发区, in 后垵街道) and many Taiwan-invested firms (台企).  Season: 2027 Q2
(April-June, Asia/Shanghai).  Holidays skipped: 清明 4/3-4/5, 劳动节 5/1-5/5, 端午 6/9.
June is 安全生产月 and flood/typhoon season; April 20-26 is 知识产权宣传周; afternoons start at
15:00 in June (summer hours).

Towns (official / short / old pre-reform name / English)
--------------------------------------------------------
湾城街道 / 湾城 / 湾城镇 / Wancheng Subdistrict        锦东街道 / 锦东 / 锦东乡 / Jindong
浦埭街道 / 浦埭 / 浦埭镇 / Pudai                        后垵街道 / 后垵 / 浦埭镇后垵片区 / Houan
东埕镇 / 东埕 / 东埕乡 / Dongcheng (shoes)              洋坂镇 / 洋坂 / 洋坂乡 / Yangban (textiles)
石厝镇 / 石厝 / 石厝乡 / Shicuo (stone)                 窑头镇 / 窑头 / 窑头乡 / Yaotou (ceramics)
茶岭镇 / 茶岭 / 茶岭乡 / Chaling (tea)                  金澳镇 / 金澳 / 金澳乡 / Jin'ao (侨乡)
苏厝镇 / 苏厝 / 苏厝乡 / Sucuo (台企)

Posting organisations (20) and their habits
-------------------------------------------
sj  锦湾市市场监督管理局 (2019 merger of 工商局+质监局): formal 关于举办…的通知 or 【市监局】/市监局：
    prefixes, rooms 三楼第一会议室, official names, +08:00 with seconds, ids JWSJ-0412-003.
sw  锦湾市商务局: slogans "稳外贸 拓市场｜…", bilingual titles, 东埕站-style stops, short
    building names, naive local time, 3楼1号会议室, codes 842-331-907 in location and URL.
rs  锦湾市人力资源和社会保障局: formal 培训班（第二期）, posts sign-in time (30 min early) as
    start, OLD names (劳动力市场), 301室, naive minutes, ids RS-PX-27-014.
tax 国家税务总局锦湾市税务局: 【纳税人学堂】第N期 brand numbering for its trainings, address
    first (泉安北路66号…), UTC "Z" with milliseconds, codes "842 331 907".
gx  锦湾市工业和信息化局 (ex-经信局): "智改数转" slogans, 第1会议室, ends rounded up to the hour,
    +08:00 without seconds, English sector names, codes only inside the URL.
tz  中共锦湾市委统战部（市人民政府侨务办公室）: formal, 【侨务】, some English for overseas
    guests, full province/city prefix, full-width digits, ends rounded to 30 min.
tga 锦湾市人民政府台港澳事务办公室: formal/plain, 3F 1号会议室.
edz 锦湾经济开发区管理委员会: English/acronym titles (JWEDZ Talk｜…), address first, 3F-1,
    "+00:00" UTC times, 20-min sign-in, No.2 series, ids JWEDZ-EV-00042.
dc  锦湾市东埕镇人民政府: space-separated titles, Minnan words (头家, 拍拼, 厝边), landmark
    places (镇政府对面鞋都大厦), naive times, signs in 30 min early, often omits venue as co-host.
sc  锦湾市石厝镇人民政府: formal notices in full-width digits, OLD names (石材市场管理处),
    document-number ids 石厝〔2027〕12号.
wc  锦湾市湾城街道办事处: 【报名】/（公益）, old town name 湾城镇 in titles, 1会议室, wj.qq.com forms.
xf  锦湾市鞋服行业协会: Minnan slogans (爱拼才会赢·, 头家讲堂｜), English, （名额有限）, Saturdays.
zgh 锦湾市总工会: 【职工公益课堂】, （公益）, old name 工人文化宫, 一楼报告厅.
rmt 锦湾市融媒体中心: headline voice (直播预告｜…), app live links, UTC "Z", co-posts others'
    sessions with its own live URL.
yj  锦湾市应急管理局 (ex-安监局): formal 培训班, old building name 安监局大楼, 301室.
hj  泉州市锦湾生态环境局 (ex-环保局, vertical reform): formal, ids HB2027… from the 环保局 era.
mch 中国国际贸易促进委员会锦湾市支会 (市贸促会): English first, English building names, "Z".
hg  锦湾海关: "关企面对面｜", "海关送政策上门", 3F 1号会议室, ends rounded to 30 min.
tsx 锦湾市台商投资企业协会: Traditional Chinese and Taiwan terms (數位轉型, 智慧財產權, 研習),
    錦灣臺商會館, 3樓1號會議室.
ny  锦湾市农业农村局 (ex-农业局): "送科技下乡｜", 茶岭 landmark descriptions, Saturdays.

Buildings (official / short / old / address / landmark / English; rooms)
------------------------------------------------------------------------
civic   锦湾市行政服务中心 / 市民服务中心 / 锦湾市行政审批服务中心 / 世纪大道888号 / 世纪大道与锦绣路
        交叉口市民广场北侧 / Jinwan Civic Service Center; 1F 多功能厅, 301, 302, 401
gov1    锦湾市行政中心1号楼 / 市政府1号楼 / 市委市政府大院主楼 / 锦湾大道1号 / 锦湾大道市政府大院内主楼
        (compound "行政中心", same street address as gov2); 201, 202, 501
gov2    锦湾市行政中心2号楼 / 行政中心2号楼 / 市直机关综合楼 / 锦湾大道1号 / 市政府大院东侧副楼; 1F 报告厅,
        301, 302, 601
edz     锦湾经济开发区企业服务中心 / 开发区服务中心 / 锦湾工业园区管委会大楼 / 科创路18号 / JWEDZ
        Enterprise Service Center; 1F 路演厅, 301, 302, 303
shoe    锦湾市东埕镇鞋业产业园服务中心 / 鞋都大厦 / 东埕工业区管委会 / 东埕镇鞋都大道168号; 2F A厅,
        2F B厅, 301, 302
hr      锦湾市人力资源市场 / 人力资源大厦 / 锦湾市劳动力市场 / 中山路216号; 301, 302, 501
tax     国家税务总局锦湾市税务局 / 市税务局办公楼 / 锦湾市国税局大楼 / 泉安北路66号; 4F 纳税人学堂,
        201, 202
qiao    锦湾华侨大厦 / 华侨大厦 / 锦湾市侨联大厦 / 华侨路1号; 2F 侨乡厅, 301, 302
union   锦湾市职工服务中心 / 职工之家 / 锦湾市工人文化宫 / 八一路32号; 1F 报告厅, 201, 202
media   锦湾市融媒体中心 / 融媒体中心 / 锦湾市广播电视台 / 文化路99号; 1F 演播厅, 501
stone   锦湾市石厝镇石材产业服务中心 / 石材城服务中心 / 石厝石材市场管理处 / 国道324线石材城东门;
        201, 301, 3F 多功能厅
textile 锦湾市洋坂镇纺织服装产业园服务中心 / 纺织园服务中心 / 洋坂工业小区办公楼 / 纺织大道9号; 201, 202
ceramic 锦湾市窑头镇陶瓷产业服务中心 / 陶瓷园服务中心 / 窑头镇陶瓷公司旧办公楼 / 瓷都路20号; 201, 202
tea     锦湾市茶岭镇茶业服务中心 / 茶业服务中心 / 茶岭乡农技站 / 茶都街1号; 201, 3F 培训室
expo    锦湾国际会展中心 / 会展中心 / 鞋博会展馆 / 会展路1号; 1F A厅, 1F B厅, 201, 202, 203
tw      锦湾台商会馆 / 台商之家 / 锦湾台资企业服务中心 / 两岸路8号 / 錦灣臺商會館; 201, 3F 多功能厅
safety  锦湾市应急管理局 / 应急指挥中心 / 锦湾市安监局大楼 / 环城北路20号; 301, 302, 4F 指挥大厅
wc      锦湾市湾城街道党群服务中心 / 湾城党群服务中心 / 湾城镇政府大院 / 中山路88号; 1F 多功能厅, 201
Room spellings: 三楼第一会议室 / 3F 1号会议室 / 3F-1 / 301室 / 3楼1号会议室 / 第1会议室 / 1会议室 /
Meeting Room 301, 3rd Floor / 3樓1號會議室; halls: 一楼报告厅 / 1F 报告厅 / 报告厅 / Lecture Hall.
Building names: official, 福建省泉州市 full prefix, short, old, address-first, landmark, English,
Traditional.

Hard negatives generated (counted as session pairs in stats()["hard_negatives"])
-------------------------------------------------------------------------------
series_issue          one course's 第1期/第2期/第3期 on different days, same room and hour.
parallel_class        一班/二班 (A班/B班, Class A/B) at the same hour in two rooms of one building.
town_special_hour     X镇专场 / Y镇专场 (X站 / Y站) of one campaign at the same hour in different towns.
town_special_days     the same roadshow visiting towns on consecutive working days.
parallel_rooms        related subjects in two rooms of one building at the same hour.
back_to_back          one subject twice in one room, 09:00-10:30 then 10:30-12:00 (or afternoon).
weekly_repeat         the same department's same course on the same weekday, 4-6 weeks running.
same_building_hour    two departments, different subjects, one building, one hour.
same_title_days       identical titles on different days.
online_same_hour      two online sessions at the same hour with different meeting codes (incl.
                      制鞋行业专场 / 纺织服装行业专场 of one webinar).
sibling_policy        sibling policies titled alike (小微企业所得税 vs 研发费用加计扣除; 出口退税
                      vs 留抵退税; 稳岗返还 vs 扩岗补助) under one series heading.

Co-host phenomena (counted in stats()["cohost_phenomena"], lead vs each co-host posting)
---------------------------------------------------------------------------------------
voice_diff (formal vs slogan vs English vs Traditional), topic_diff (稳外贸 vs 外贸政策 vs 惠企),
kind_diff (PUBLICITY vs TRAINING), series_one_side, start_diff (sign-in time vs real start),
end_diff (end rounded up), venue_spelling_diff (official vs short vs old vs address vs English),
no_venue (待定 / 另行通知 / empty / None), code_format_diff (842-331-907 vs 842331907 vs
842 331 907, location vs URL), low_overlap_title (everyday vs formal name, English vs Chinese,
Traditional), time_format_diff (+08:00 vs naive vs Z vs +00:00), town_label_dropped (the town's own
government omitting "X镇专场"), live_repost (融媒 posting its own live link for an offline session).
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any, TypeVar

T = TypeVar("T")

CST = timezone(timedelta(hours=8))
TZ_NAME = "Asia/Shanghai"
SEASON_FIRST = date(2027, 4, 1)
SEASON_LAST = date(2027, 6, 30)
HOLIDAYS = frozenset(
    {
        date(2027, 4, 3),
        date(2027, 4, 4),
        date(2027, 4, 5),
        date(2027, 5, 1),
        date(2027, 5, 2),
        date(2027, 5, 3),
        date(2027, 5, 4),
        date(2027, 5, 5),
        date(2027, 6, 9),
    }
)

FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
CN_DIGITS = "零一二三四五六七八九"
WEEKDAY_CN = "一二三四五六日"

# Taiwan usage first, then a character map (simplified -> traditional) for the 台商协会.
TW_TERMS: tuple[tuple[str, str], ...] = (
    ("数字化转型", "數位轉型"),
    ("知识产权", "智慧財產權"),
    ("培训", "研習"),
    ("信息", "資訊"),
    ("网络", "網路"),
    ("质量", "品質"),
    ("视频", "影音"),
    ("软件", "軟體"),
    ("台胞台企", "臺胞臺商"),
    ("制造", "製造"),
)
_S2T_PAIRS = (
    "锦錦湾灣台臺经經济濟开開发發区區业業务務会會馆館议議楼樓号號层層厅廳讲講谈談说說习習训訓"
    "练練税稅优優费費减減产產权權标標数數转轉资資对對两兩关關贸貿协協则則规規证證书書认認专專"
    "级級质質检檢验驗项項报報满滿额額线線间間场場镇鎮东東纺紡织織装裝岭嶺侨僑华華厦廈国國际際"
    "览覽应應进進实實计計营營环環节節电電补補贴貼员員划劃动動话話问問题題门門办辦处處体體个個"
    "为為与與这這们們来來时時条條约約维維护護单單历歷签簽请請准準备備携攜带帶联聯详詳见見绍紹"
    "参參执執续續长長并並将將从從预預领領导導财財银銀贷貸构構担擔险險链鏈龙龍车車轻輕软軟网網"
    "络絡视視频頻讯訊设設储儲运運输輸价價样樣术術创創奖獎励勵获獲审審许許复復杂雜难難顾顧广廣"
    "乐樂图圖亲親乡鄉园園厂廠户戶归歸岁歲兴興选選择擇举舉欢歡踊踴跃躍爱愛赢贏头頭边邊伙夥叶葉"
    "货貨买買卖賣读讀写寫启啟汇匯结結纳納缴繳综綜总總负負责責机機监監测測达達销銷点點击擊码碼"
    "扫掃观觀录錄现現类類统統记記载載损損益益阶階细細语語译譯讨討论論围圍适適过過还還让讓识識"
    "农農气氣变變压壓纪紀属屬团團队隊义義觉覺虑慮简簡释釋须須湾灣陆陸岛島湖湖轮輪级級诚誠惠惠"
    "扣扣迁遷际際营營样樣临臨时時场場宾賓厅廳请請稳穩岗崗补補谘諮询詢订訂于於钉釘腾騰径徑学學册冊"
)
S2T: dict[int, str] = {
    ord(_S2T_PAIRS[i]): _S2T_PAIRS[i + 1] for i in range(0, len(_S2T_PAIRS) - 1, 2)
}


def to_trad(text: str) -> str:
    for simp, trad in TW_TERMS:
        text = text.replace(simp, trad)
    return text.translate(S2T)


def cn_num(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else CN_DIGITS[tens]
    return head + "十" + (CN_DIGITS[ones] if ones else "")


def ordinal(n: int) -> str:
    if n == 1:
        return "1st"
    if n == 2:
        return "2nd"
    if n == 3:
        return "3rd"
    return f"{n}th"


def pick(rng: random.Random, items: Sequence[tuple[T, float]]) -> T:
    total = sum(w for _, w in items)
    x = rng.random() * total
    for item, w in items:
        x -= w
        if x < 0:
            return item
    return items[-1][0]


# ---------------------------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Town:
    key: str
    name: str
    short: str
    old: str
    en: str


TOWNS: tuple[Town, ...] = (
    Town("wancheng", "湾城街道", "湾城", "湾城镇", "Wancheng Subdistrict"),
    Town("jindong", "锦东街道", "锦东", "锦东乡", "Jindong Subdistrict"),
    Town("pudai", "浦埭街道", "浦埭", "浦埭镇", "Pudai Subdistrict"),
    Town("houan", "后垵街道", "后垵", "浦埭镇后垵片区", "Houan Subdistrict"),
    Town("dongcheng", "东埕镇", "东埕", "东埕乡", "Dongcheng Town"),
    Town("yangban", "洋坂镇", "洋坂", "洋坂乡", "Yangban Town"),
    Town("shicuo", "石厝镇", "石厝", "石厝乡", "Shicuo Town"),
    Town("yaotou", "窑头镇", "窑头", "窑头乡", "Yaotou Town"),
    Town("chaling", "茶岭镇", "茶岭", "茶岭乡", "Chaling Town"),
    Town("jinao", "金澳镇", "金澳", "金澳乡", "Jin'ao Town"),
    Town("sucuo", "苏厝镇", "苏厝", "苏厝乡", "Sucuo Town"),
)
TOWN: dict[str, Town] = {t.key: t for t in TOWNS}


@dataclass(frozen=True)
class Room:
    key: str
    floor: int
    no: int  # number on its floor (301 -> floor 3, no 1); 0 for a named hall
    seq: int  # building-wide ordinal used by 第一会议室 / 第1会议室 / 1会议室
    hall: str = ""
    hall_en: str = ""


def _r(floor: int, no: int, seq: int) -> Room:
    return Room(f"{floor}{no:02d}", floor, no, seq)


def _h(floor: int, hall: str, hall_en: str) -> Room:
    return Room(f"{floor}F-{hall_en}", floor, 0, 0, hall, hall_en)


@dataclass(frozen=True)
class Building:
    key: str
    town: str
    official: str
    short: str
    old: str
    addr: str
    landmark: str
    en: str
    rooms: tuple[Room, ...]
    trad: str = ""


BUILDINGS: tuple[Building, ...] = (
    Building(
        "civic",
        "wancheng",
        "锦湾市行政服务中心",
        "市民服务中心",
        "锦湾市行政审批服务中心",
        "世纪大道888号",
        "世纪大道与锦绣路交叉口市民广场北侧",
        "Jinwan Civic Service Center",
        (_h(1, "多功能厅", "Multi-function Hall"), _r(3, 1, 1), _r(3, 2, 2), _r(4, 1, 3)),
    ),
    Building(
        "gov1",
        "wancheng",
        "锦湾市行政中心1号楼",
        "市政府1号楼",
        "市委市政府大院主楼",
        "锦湾大道1号",
        "锦湾大道市政府大院内主楼",
        "Jinwan Administrative Center, Building 1",
        (_r(2, 1, 1), _r(2, 2, 2), _r(5, 1, 3)),
    ),
    Building(
        "gov2",
        "wancheng",
        "锦湾市行政中心2号楼",
        "行政中心2号楼",
        "市直机关综合楼",
        "锦湾大道1号",
        "市政府大院东侧副楼",
        "Jinwan Administrative Center, Building 2",
        (_h(1, "报告厅", "Lecture Hall"), _r(3, 1, 1), _r(3, 2, 2), _r(6, 1, 3)),
    ),
    Building(
        "edz",
        "houan",
        "锦湾经济开发区企业服务中心",
        "开发区服务中心",
        "锦湾工业园区管委会大楼",
        "科创路18号",
        "开发区科创路与智造大道交叉口",
        "JWEDZ Enterprise Service Center",
        (_h(1, "路演厅", "Roadshow Hall"), _r(3, 1, 1), _r(3, 2, 2), _r(3, 3, 3)),
        "錦灣經濟開發區企業服務中心",
    ),
    Building(
        "shoe",
        "dongcheng",
        "锦湾市东埕镇鞋业产业园服务中心",
        "鞋都大厦",
        "东埕工业区管委会",
        "东埕镇鞋都大道168号",
        "东埕镇政府对面鞋都大厦",
        "Dongcheng Footwear Park Service Center",
        (_h(2, "A厅", "Hall A"), _h(2, "B厅", "Hall B"), _r(3, 1, 1), _r(3, 2, 2)),
    ),
    Building(
        "hr",
        "wancheng",
        "锦湾市人力资源市场",
        "人力资源大厦",
        "锦湾市劳动力市场",
        "中山路216号",
        "中山路与八一路口人社大厦",
        "Jinwan Human Resources Market",
        (_r(3, 1, 1), _r(3, 2, 2), _r(5, 1, 3)),
    ),
    Building(
        "tax",
        "jindong",
        "国家税务总局锦湾市税务局",
        "市税务局办公楼",
        "锦湾市国税局大楼",
        "泉安北路66号",
        "泉安北路老国税大楼",
        "Jinwan Taxation Bureau",
        (_h(4, "纳税人学堂", "Taxpayer School"), _r(2, 1, 1), _r(2, 2, 2)),
    ),
    Building(
        "qiao",
        "wancheng",
        "锦湾华侨大厦",
        "华侨大厦",
        "锦湾市侨联大厦",
        "华侨路1号",
        "华侨路口侨乡广场旁",
        "Overseas Chinese Mansion, Jinwan",
        (_h(2, "侨乡厅", "Qiaoxiang Hall"), _r(3, 1, 1), _r(3, 2, 2)),
    ),
    Building(
        "union",
        "pudai",
        "锦湾市职工服务中心",
        "职工之家",
        "锦湾市工人文化宫",
        "八一路32号",
        "八一路工人文化宫旧址",
        "Jinwan Workers' Service Center",
        (_h(1, "报告厅", "Lecture Hall"), _r(2, 1, 1), _r(2, 2, 2)),
    ),
    Building(
        "media",
        "jindong",
        "锦湾市融媒体中心",
        "融媒体中心",
        "锦湾市广播电视台",
        "文化路99号",
        "文化路广电大楼",
        "Jinwan Media Center",
        (_h(1, "演播厅", "Studio"), _r(5, 1, 1)),
    ),
    Building(
        "stone",
        "shicuo",
        "锦湾市石厝镇石材产业服务中心",
        "石材城服务中心",
        "石厝石材市场管理处",
        "石厝镇国道324线石材城东门",
        "324国道石厝段石材城东门",
        "Shicuo Stone Industry Service Center",
        (_r(2, 1, 1), _r(3, 1, 2), _h(3, "多功能厅", "Multi-function Hall")),
    ),
    Building(
        "textile",
        "yangban",
        "锦湾市洋坂镇纺织服装产业园服务中心",
        "纺织园服务中心",
        "洋坂工业小区办公楼",
        "洋坂镇纺织大道9号",
        "洋坂镇纺织大道园区北门",
        "Yangban Textile & Apparel Park Service Center",
        (_r(2, 1, 1), _r(2, 2, 2)),
    ),
    Building(
        "ceramic",
        "yaotou",
        "锦湾市窑头镇陶瓷产业服务中心",
        "陶瓷园服务中心",
        "窑头镇陶瓷公司旧办公楼",
        "窑头镇瓷都路20号",
        "窑头镇瓷都路陶瓷博物馆旁",
        "Yaotou Ceramics Industry Service Center",
        (_r(2, 1, 1), _r(2, 2, 2)),
    ),
    Building(
        "tea",
        "chaling",
        "锦湾市茶岭镇茶业服务中心",
        "茶业服务中心",
        "茶岭乡农技站",
        "茶岭镇茶都街1号",
        "茶岭镇茶叶交易市场旁",
        "Chaling Tea Industry Service Center",
        (_r(2, 1, 1), _h(3, "培训室", "Training Room")),
    ),
    Building(
        "expo",
        "houan",
        "锦湾国际会展中心",
        "会展中心",
        "鞋博会展馆",
        "会展路1号",
        "滨江大道会展中心",
        "Jinwan International Convention & Exhibition Center",
        (
            _h(1, "A厅", "Hall A"),
            _h(1, "B厅", "Hall B"),
            _r(2, 1, 1),
            _r(2, 2, 2),
            _r(2, 3, 3),
        ),
        "錦灣國際會展中心",
    ),
    Building(
        "tw",
        "jindong",
        "锦湾台商会馆",
        "台商之家",
        "锦湾台资企业服务中心",
        "两岸路8号",
        "两岸路海峡广场东侧",
        "Jinwan Taiwan Business Hall",
        (_r(2, 1, 1), _h(3, "多功能厅", "Multi-function Hall")),
        "錦灣臺商會館",
    ),
    Building(
        "safety",
        "pudai",
        "锦湾市应急管理局",
        "应急指挥中心",
        "锦湾市安监局大楼",
        "环城北路20号",
        "环城北路消防站旁",
        "Jinwan Emergency Management Bureau",
        (_r(3, 1, 1), _r(3, 2, 2), _h(4, "指挥大厅", "Command Hall")),
    ),
    Building(
        "wc",
        "wancheng",
        "锦湾市湾城街道党群服务中心",
        "湾城党群服务中心",
        "湾城镇政府大院",
        "中山路88号",
        "中山路老镇政府大院",
        "Wancheng Community Service Center",
        (_h(1, "多功能厅", "Multi-function Hall"), _r(2, 1, 1)),
    ),
)
BLD: dict[str, Building] = {b.key: b for b in BUILDINGS}
TOWN_BUILDING: dict[str, str] = {
    "wancheng": "wc",
    "dongcheng": "shoe",
    "shicuo": "stone",
    "yangban": "textile",
    "yaotou": "ceramic",
    "chaling": "tea",
}


def room_text(r: Room, style: str) -> str:
    f = r.floor
    if r.hall:
        if style == "cn_ord":
            return f"{cn_num(f)}楼{r.hall}"
        if style == "f_en":
            return f"{f}F {r.hall}"
        if style == "dash":
            return f"{f}F-{r.hall}"
        if style in ("num", "cn_num"):
            return f"{f}楼{r.hall}"
        if style == "en":
            return f"{r.hall_en}, {ordinal(f)} Floor"
        if style == "trad":
            return to_trad(f"{f}楼{r.hall}")
        return r.hall
    if style == "cn_ord":
        return f"{cn_num(f)}楼第{cn_num(r.seq)}会议室"
    if style == "f_en":
        return f"{f}F {r.no}号会议室"
    if style == "dash":
        return f"{f}F-{r.no}"
    if style == "num":
        return f"{f}{r.no:02d}室"
    if style == "cn_num":
        return f"{f}楼{r.no}号会议室"
    if style == "short_ord":
        return f"第{r.seq}会议室"
    if style == "bare":
        return f"{r.seq}会议室"
    if style == "en":
        return f"Meeting Room {f}{r.no:02d}, {ordinal(f)} Floor"
    return f"{f}樓{r.no}號會議室"


# ---------------------------------------------------------------------------------------------
# Departments
# ---------------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Dept:
    key: str
    name: str
    short: str
    abbr: str
    id_style: str
    voices: tuple[tuple[str, float], ...]
    variants: tuple[tuple[str, float], ...]
    place: tuple[tuple[str, float], ...]
    room: str
    sep: str = ""
    time_fmt: str
    signin_p: float = 0.0
    signin_min: int = 30
    round_end: int = 0
    default_kind: str
    loyal: float
    form_p: str
    form_t: str
    series: str
    klass: str = "cn"
    town: str
    fullwidth: bool = False
    topics: dict[str, str] = field(default_factory=dict)
    extra: tuple[str, ...] = ()
    ntopics: tuple[int, int] = (1, 2)
    sector: str = "none"
    region: str = "none"
    desc: str = "none"
    capacity_p: float = 0.3
    reg: str = ""
    code_fmt: str = "dash"
    code_in: str = "loc"
    tbd_p: float = 0.1
    tbd: tuple[str | None, ...] = ("待定",)
    phone: str
    contact: str
    home: str
    hometown: str = ""
    weekend: bool = False
    online_p: float = 0.1
    platform: str = "tencent"
    tags: tuple[str, ...] = ()
    slogans: tuple[str, ...] = ()
    pre: tuple[str, ...] = ()
    pre_p: float = 0.0
    suf: tuple[str, ...] = ()
    suf_p: float = 0.0


DEPTS: tuple[Dept, ...] = (
    Dept(
        key="sj",
        name="锦湾市市场监督管理局",
        short="市市场监管局",
        abbr="市监局",
        id_style="sj",
        voices=(("formal", 0.45), ("colon", 0.25), ("bracket", 0.3)),
        variants=(("cn", 0.8), ("everyday", 0.2)),
        place=(("official", 0.65), ("short", 0.25), ("full", 0.1)),
        room="cn_ord",
        time_fmt="off",
        default_kind="P",
        loyal=0.7,
        form_p="宣讲会",
        form_t="培训会",
        series="cn_paren",
        town="zhuanchang",
        topics={
            "ip": "知识产权",
            "quality": "质量提升",
            "food": "食品安全",
            "credit": "信用监管",
            "trade": "技术性贸易措施",
            "safety": "特种设备安全",
            "tea": "地理标志",
            "tax": "市场主体服务",
        },
        extra=("市场监管", "营商环境"),
        ntopics=(1, 3),
        sector="cn",
        region="official",
        desc="formal",
        capacity_p=0.5,
        tbd_p=0.1,
        phone="0595-85601213",
        contact="林女士",
        home="gov1",
        tags=("市监局",),
        pre=("2027年第二季度",),
        pre_p=0.08,
    ),
    Dept(
        key="sw",
        name="锦湾市商务局",
        short="市商务局",
        abbr="商务局",
        id_style="sw",
        voices=(("slogan", 0.45), ("plain", 0.3), ("bilingual", 0.25)),
        variants=(("cn", 0.5), ("everyday", 0.45), ("en", 0.05)),
        place=(("short", 0.55), ("official", 0.25), ("landmark", 0.2)),
        room="cn_num",
        time_fmt="naive",
        signin_p=0.2,
        default_kind="P",
        loyal=0.6,
        form_p="宣讲会",
        form_t="实务培训",
        series="num",
        town="short_zhan",
        topics={
            "trade": "稳外贸",
            "ecommerce": "跨境电商",
            "tax": "惠企政策",
            "qiao": "招商引资",
            "taiwan": "台企",
            "industry": "惠企政策",
            "media": "惠企政策",
            "jobs": "惠企政策",
        },
        extra=("外贸", "RCEP", "出口"),
        ntopics=(1, 4),
        sector="cn",
        region="official",
        desc="short",
        capacity_p=0.7,
        reg="https://swj.jinwan.gov.cn/hd/bm?id=2027{n:04d}",
        code_fmt="dash",
        code_in="both",
        tbd_p=0.15,
        tbd=("另行通知",),
        phone="0595-85622318",
        contact="黄先生",
        home="civic",
        online_p=0.22,
        slogans=("稳外贸 拓市场", "外贸政策直通车", "商务惠企"),
    ),
    Dept(
        key="rs",
        name="锦湾市人力资源和社会保障局",
        short="市人社局",
        abbr="人社局",
        id_style="rs",
        voices=(("formal", 0.7), ("dept_formal", 0.3)),
        variants=(("cn", 0.9), ("everyday", 0.1)),
        place=(("old", 0.45), ("short", 0.35), ("official", 0.2)),
        room="num",
        time_fmt="naive_min",
        signin_p=0.8,
        signin_min=30,
        default_kind="T",
        loyal=0.8,
        form_p="政策宣讲会",
        form_t="培训班",
        series="cn_paren",
        town="zhuanchang",
        topics={
            "skills": "职业技能提升",
            "jobs": "稳就业",
            "social": "社保",
            "worker": "劳动关系",
            "ecommerce": "电商人才",
            "taiwan": "台青就业",
            "tea": "职业技能提升",
            "media": "稳就业",
            "tax": "社保",
        },
        extra=("就业创业",),
        ntopics=(1, 2),
        sector="letter",
        region="official",
        desc="formal",
        capacity_p=0.9,
        reg="https://rsj.jinwan.gov.cn/pxbm/{n}",
        code_fmt="plain",
        code_in="loc",
        phone="0595-85633560",
        contact="陈科长",
        home="hr",
        online_p=0.08,
    ),
    Dept(
        key="tax",
        name="国家税务总局锦湾市税务局",
        short="市税务局",
        abbr="税务局",
        id_style="tax",
        voices=(("plain", 0.6), ("bracket", 0.4)),
        variants=(("cn", 0.6), ("everyday", 0.4)),
        place=(("addr", 0.6), ("short", 0.4)),
        room="cn_num",
        time_fmt="z_ms",
        default_kind="T",
        loyal=0.5,
        form_p="政策解读会",
        form_t="专题辅导",
        series="num",
        town="zoujin",
        topics={
            "tax": "税费优惠",
            "social": "社保费",
            "trade": "出口退税",
            "jobs": "税费优惠",
            "industry": "研发费用加计扣除",
            "credit": "纳税信用",
            "taiwan": "涉税服务",
            "digital": "税费优惠",
            "fraud": "个税",
        },
        extra=("纳税服务", "办税缴费"),
        ntopics=(1, 3),
        sector="letter",
        desc="short",
        capacity_p=0.6,
        code_fmt="space",
        code_in="loc",
        tbd_p=0.2,
        tbd=("另行通知",),
        phone="0595-12366",
        contact="纳税服务科",
        home="tax",
        hometown="",
        online_p=0.35,
        tags=("税费政策", "办税提醒"),
    ),
    Dept(
        key="gx",
        name="锦湾市工业和信息化局",
        short="市工信局",
        abbr="工信局",
        id_style="gx",
        voices=(("slogan", 0.5), ("plain", 0.5)),
        variants=(("everyday", 0.6), ("cn", 0.4)),
        place=(("short", 0.7), ("official", 0.3)),
        room="short_ord",
        time_fmt="off_min",
        round_end=60,
        default_kind="P",
        loyal=0.7,
        form_p="政策沙龙",
        form_t="专题培训",
        series="paren",
        klass="letter",
        town="short_zhan",
        topics={
            "digital": "智改数转",
            "industry": "工业稳增长",
            "tax": "惠企政策",
            "env": "节能降碳",
            "taiwan": "台企合作",
            "media": "惠企政策",
            "trade": "惠企政策",
        },
        extra=("专精特新", "制造业"),
        ntopics=(1, 3),
        sector="en",
        region="short",
        desc="none",
        capacity_p=0.4,
        code_fmt="dash",
        code_in="url",
        tbd_p=0.25,
        tbd=("待定", None),
        phone="0595-85641027",
        contact="许先生",
        home="gov2",
        slogans=("“智改数转”赋能行", "工业惠企直通车"),
    ),
    Dept(
        key="tz",
        name="中共锦湾市委统战部（市人民政府侨务办公室）",
        short="市委统战部（市侨办）",
        abbr="市侨办",
        id_style="tz",
        voices=(("formal", 0.5), ("bracket", 0.3), ("english", 0.2)),
        variants=(("cn", 0.7), ("everyday", 0.3)),
        place=(("full", 0.5), ("official", 0.5)),
        room="cn_ord",
        time_fmt="off",
        signin_p=0.3,
        signin_min=20,
        round_end=30,
        default_kind="P",
        loyal=0.8,
        form_p="座谈会",
        form_t="专题培训",
        series="cn_paren",
        town="zhuanchang",
        fullwidth=True,
        topics={"qiao": "侨务", "trade": "侨商外贸", "media": "侨务", "taiwan": "统一战线"},
        extra=("侨企服务", "海外联谊"),
        ntopics=(1, 2),
        region="official",
        desc="formal",
        capacity_p=0.3,
        tbd_p=0.15,
        phone="0595-85657720",
        contact="施女士",
        home="qiao",
        tags=("侨务",),
    ),
    Dept(
        key="tga",
        name="锦湾市人民政府台港澳事务办公室",
        short="市台港澳办",
        abbr="台港澳办",
        id_style="tga",
        voices=(("formal", 0.6), ("plain", 0.4)),
        variants=(("cn", 0.6), ("everyday", 0.4)),
        place=(("official", 0.6), ("short", 0.4)),
        room="f_en",
        time_fmt="off",
        default_kind="P",
        loyal=0.7,
        form_p="政策说明会",
        form_t="专题培训",
        series="num",
        town="zhuanchang",
        topics={
            "taiwan": "台企服务",
            "trade": "两岸经贸",
            "jobs": "台青就业",
            "digital": "台企服务",
        },
        extra=("两岸融合",),
        ntopics=(1, 2),
        sector="cn",
        desc="short",
        capacity_p=0.4,
        phone="0595-85669088",
        contact="苏先生",
        home="gov2",
    ),
    Dept(
        key="edz",
        name="锦湾经济开发区管理委员会",
        short="开发区管委会",
        abbr="JWEDZ",
        id_style="edz",
        voices=(("bilingual", 0.4), ("acronym", 0.35), ("bracket", 0.25)),
        variants=(("en", 0.3), ("everyday", 0.4), ("cn", 0.3)),
        place=(("addr", 0.5), ("en", 0.3), ("short", 0.2)),
        room="dash",
        sep=" ",
        time_fmt="utc00",
        signin_p=0.7,
        signin_min=20,
        default_kind="T",
        loyal=0.6,
        form_p="政策沙龙",
        form_t="实务培训",
        series="no",
        klass="en",
        town="en",
        topics={
            "trade": "惠企",
            "digital": "智改数转",
            "tax": "惠企",
            "env": "绿色园区",
            "jobs": "稳岗",
            "industry": "Enterprise Service",
            "ip": "IP",
        },
        extra=("Enterprise Service", "惠企"),
        ntopics=(1, 3),
        sector="en",
        desc="english",
        capacity_p=0.8,
        reg="https://www.jwedz.cn/events/{n}/register",
        code_fmt="plain",
        code_in="url",
        tbd_p=0.15,
        tbd=("TBD", "另行通知"),
        phone="0595-86990018",
        contact="Ms. Cai 蔡小姐",
        home="edz",
        hometown="houan",
        tags=("开发区",),
    ),
    Dept(
        key="dc",
        name="锦湾市东埕镇人民政府",
        short="东埕镇政府",
        abbr="东埕镇",
        id_style="dc",
        voices=(("spaced", 0.5), ("minnan", 0.2), ("plain", 0.3)),
        variants=(("everyday", 0.7), ("cn", 0.3)),
        place=(("landmark", 0.6), ("short", 0.4)),
        room="cn_num",
        time_fmt="naive",
        signin_p=0.9,
        default_kind="T",
        loyal=0.8,
        form_p="宣传会",
        form_t="培训",
        series="num",
        town="short",
        topics={
            "safety": "安全生产",
            "env": "环保",
            "trade": "鞋企出口",
            "jobs": "用工服务",
            "skills": "技能培训",
            "ecommerce": "电商",
            "quality": "鞋企服务",
            "ip": "鞋企服务",
            "industry": "鞋企服务",
            "worker": "用工服务",
            "flood": "防台防汛",
        },
        extra=("鞋企服务", "东埕"),
        ntopics=(1, 2),
        region="short",
        desc="short",
        capacity_p=0.2,
        code_fmt="space",
        code_in="loc",
        tbd_p=0.3,
        tbd=("镇里另行通知", None, ""),
        phone="0595-85788012",
        contact="庄主任",
        home="shoe",
        hometown="dongcheng",
        weekend=True,
    ),
    Dept(
        key="sc",
        name="锦湾市石厝镇人民政府",
        short="石厝镇人民政府",
        abbr="石厝镇",
        id_style="sc",
        voices=(("formal", 0.8), ("dept_formal", 0.2)),
        variants=(("cn", 0.85), ("everyday", 0.15)),
        place=(("old", 0.6), ("official", 0.4)),
        room="cn_ord",
        time_fmt="off",
        signin_p=0.5,
        round_end=30,
        default_kind="P",
        loyal=0.75,
        form_p="宣传动员会",
        form_t="培训会",
        series="cn_paren",
        town="zhuanchang",
        fullwidth=True,
        topics={
            "safety": "安全生产",
            "env": "石材行业整治",
            "flood": "防汛防台",
            "industry": "石材产业",
        },
        extra=("石材",),
        ntopics=(1, 2),
        sector="cn",
        region="official",
        desc="formal",
        capacity_p=0.2,
        tbd_p=0.2,
        phone="0595-85796633",
        contact="吴先生",
        home="stone",
        hometown="shicuo",
    ),
    Dept(
        key="wc",
        name="锦湾市湾城街道办事处",
        short="湾城街道",
        abbr="湾城街道",
        id_style="wc",
        voices=(("plain", 0.5), ("bracket", 0.5)),
        variants=(("everyday", 0.8), ("cn", 0.2)),
        place=(("addr", 0.5), ("old", 0.3), ("short", 0.2)),
        room="bare",
        time_fmt="naive_ms",
        signin_p=0.3,
        signin_min=20,
        round_end=30,
        default_kind="P",
        loyal=0.7,
        form_p="宣传活动",
        form_t="公益课堂",
        series="num",
        town="old",
        topics={
            "livelihood": "便民服务",
            "safety": "平安建设",
            "tax": "个税",
            "fraud": "反诈",
            "food": "食品安全",
            "jobs": "就业服务",
            "flood": "防台风",
        },
        extra=("社区", "湾城"),
        ntopics=(0, 2),
        region="official",
        desc="short",
        capacity_p=0.6,
        reg="wj",
        tbd_p=0.15,
        tbd=("另行通知",),
        phone="0595-85577231",
        contact="洪女士",
        home="wc",
        hometown="wancheng",
        weekend=True,
        tags=("报名", "公益"),
        suf=("（公益）",),
        suf_p=0.3,
    ),
    Dept(
        key="xf",
        name="锦湾市鞋服行业协会",
        short="市鞋服行业协会",
        abbr="鞋服协会",
        id_style="xf",
        voices=(("minnan", 0.4), ("english", 0.2), ("slogan", 0.4)),
        variants=(("everyday", 0.6), ("en", 0.2), ("cn", 0.2)),
        place=(("landmark", 0.4), ("short", 0.4), ("en", 0.2)),
        room="f_en",
        sep=" ",
        time_fmt="off_ms",
        signin_p=0.5,
        default_kind="T",
        loyal=0.8,
        form_p="分享会",
        form_t="实战课",
        series="no",
        town="short_zhan",
        topics={
            "trade": "出口",
            "ecommerce": "跨境电商",
            "ip": "品牌",
            "env": "绿色制造",
            "quality": "品质",
            "skills": "鞋样设计",
            "industry": "鞋服产业",
            "digital": "数字化",
            "worker": "用工",
        },
        extra=("鞋服", "头家"),
        ntopics=(1, 3),
        sector="cn",
        desc="minnan",
        capacity_p=0.8,
        reg="wj",
        tbd_p=0.2,
        tbd=("地点另行通知", None),
        phone="0595-85712888",
        contact="蔡秘书长",
        home="shoe",
        weekend=True,
        slogans=("鞋都拍拼课", "品牌出海"),
        suf=("（名额有限）", "（会员免费）"),
        suf_p=0.4,
    ),
    Dept(
        key="zgh",
        name="锦湾市总工会",
        short="市总工会",
        abbr="总工会",
        id_style="zgh",
        voices=(("bracket", 0.5), ("plain", 0.5)),
        variants=(("everyday", 0.8), ("cn", 0.2)),
        place=(("old", 0.6), ("short", 0.4)),
        room="cn_ord",
        time_fmt="naive",
        signin_p=0.4,
        round_end=30,
        default_kind="T",
        loyal=0.75,
        form_p="普法讲座",
        form_t="公益培训",
        series="cn_paren",
        town="zhuanchang",
        topics={
            "worker": "职工服务",
            "skills": "技能提升",
            "social": "职工权益",
            "tax": "职工服务",
            "jobs": "职工权益",
            "safety": "劳动保护",
            "fraud": "职工服务",
            "ecommerce": "技能提升",
        },
        extra=("工会", "职工"),
        ntopics=(1, 2),
        desc="short",
        capacity_p=0.7,
        tbd_p=0.1,
        phone="0595-85523456",
        contact="郑女士",
        home="union",
        weekend=True,
        tags=("职工公益课堂", "工会服务"),
        suf=("（公益）",),
        suf_p=0.35,
    ),
    Dept(
        key="rmt",
        name="锦湾市融媒体中心",
        short="锦湾融媒",
        abbr="锦湾融媒",
        id_style="rmt",
        voices=(("headline", 1.0),),
        variants=(("everyday", 0.8), ("cn", 0.2)),
        place=(("short", 0.6), ("official", 0.4)),
        room="cn_num",
        time_fmt="z",
        default_kind="P",
        loyal=0.95,
        form_p="直播",
        form_t="直播课",
        series="num",
        town="short_zhan",
        topics={},
        extra=("直播", "政策解读", "锦湾发布"),
        ntopics=(1, 2),
        desc="live",
        capacity_p=0.0,
        code_fmt="plain",
        code_in="url",
        tbd_p=0.5,
        tbd=(None,),
        phone="0595-85501199",
        contact="新闻热线",
        home="media",
        weekend=True,
        online_p=0.95,
        platform="rmt",
    ),
    Dept(
        key="yj",
        name="锦湾市应急管理局",
        short="市应急管理局",
        abbr="应急局",
        id_style="yj",
        voices=(("formal", 0.6), ("bracket", 0.4)),
        variants=(("cn", 0.85), ("everyday", 0.15)),
        place=(("old", 0.5), ("official", 0.5)),
        room="num",
        time_fmt="off",
        signin_p=0.6,
        default_kind="T",
        loyal=0.9,
        form_p="警示教育会",
        form_t="培训班",
        series="cn_paren",
        town="zhuanchang",
        topics={"safety": "安全生产", "flood": "防汛防台", "env": "安全生产"},
        extra=("隐患排查", "应急管理"),
        ntopics=(1, 2),
        sector="letter",
        region="official",
        desc="formal",
        capacity_p=0.6,
        phone="0595-85687119",
        contact="王科长",
        home="safety",
        tags=("安全生产",),
    ),
    Dept(
        key="hj",
        name="泉州市锦湾生态环境局",
        short="锦湾生态环境局",
        abbr="生态环境局",
        id_style="hj",
        voices=(("formal", 0.7), ("plain", 0.3)),
        variants=(("cn", 0.8), ("everyday", 0.2)),
        place=(("official", 0.5), ("short", 0.3), ("addr", 0.2)),
        room="short_ord",
        time_fmt="naive_min",
        signin_p=0.3,
        signin_min=20,
        round_end=30,
        default_kind="T",
        loyal=0.7,
        form_p="政策宣讲会",
        form_t="培训会",
        series="cn_paren",
        town="zhuanchang",
        topics={
            "env": "生态环境",
            "safety": "环境安全",
            "industry": "节能降碳",
            "digital": "绿色制造",
        },
        extra=("VOCs治理", "排污许可", "污染防治"),
        ntopics=(1, 3),
        sector="cn",
        region="official",
        desc="formal",
        capacity_p=0.5,
        phone="0595-85670312",
        contact="李工",
        home="gov2",
    ),
    Dept(
        key="mch",
        name="中国国际贸易促进委员会锦湾市支会",
        short="市贸促会",
        abbr="CCPIT Jinwan",
        id_style="mch",
        voices=(("english", 0.45), ("bilingual", 0.35), ("plain", 0.2)),
        variants=(("en", 0.5), ("cn", 0.5)),
        place=(("en", 0.5), ("short", 0.5)),
        room="en",
        sep=", ",
        time_fmt="z",
        default_kind="T",
        loyal=0.7,
        form_p="说明会",
        form_t="实务培训",
        series="session_en",
        klass="en",
        town="en",
        topics={"trade": "外贸政策", "ip": "Trade Compliance", "ecommerce": "Cross-border"},
        extra=("Trade Compliance", "原产地"),
        ntopics=(1, 3),
        sector="en",
        desc="english",
        capacity_p=0.6,
        reg="https://www.ccpit-jinwan.org/events/{n}",
        code_fmt="plain",
        code_in="both",
        phone="0595-85636600",
        contact="Mr. Xu 许先生",
        home="civic",
    ),
    Dept(
        key="hg",
        name="锦湾海关",
        short="锦湾海关",
        abbr="锦湾海关",
        id_style="hg",
        voices=(("slogan", 0.5), ("formal", 0.3), ("plain", 0.2)),
        variants=(("cn", 0.5), ("everyday", 0.5)),
        place=(("official", 0.5), ("short", 0.5)),
        room="f_en",
        time_fmt="off",
        round_end=30,
        default_kind="P",
        loyal=0.7,
        form_p="政策宣讲",
        form_t="业务培训",
        series="num",
        town="short_zhan",
        topics={"trade": "通关便利", "tax": "通关便利", "quality": "技术性贸易措施"},
        extra=("关企合作", "AEO"),
        ntopics=(1, 2),
        sector="cn",
        desc="short",
        capacity_p=0.4,
        tbd_p=0.15,
        phone="0595-85699012",
        contact="关务咨询",
        home="edz",
        slogans=("关企面对面", "海关送政策上门", "通关便利化"),
    ),
    Dept(
        key="tsx",
        name="锦湾市台商投资企业协会",
        short="锦湾台商协会",
        abbr="台商协会",
        id_style="tsx",
        voices=(("trad", 1.0),),
        variants=(("cn", 0.7), ("everyday", 0.3)),
        place=(("trad", 0.8), ("short", 0.2)),
        room="trad",
        time_fmt="off",
        signin_p=0.4,
        default_kind="P",
        loyal=0.8,
        form_p="說明會",
        form_t="研習會",
        series="cn_paren",
        town="trad",
        topics={
            "taiwan": "臺商服務",
            "trade": "兩岸經貿",
            "tax": "稅務",
            "digital": "數位轉型",
            "ip": "智慧財產權",
            "industry": "產業升級",
            "jobs": "臺青",
        },
        extra=("臺商",),
        ntopics=(1, 2),
        desc="trad",
        capacity_p=0.5,
        tbd_p=0.2,
        tbd=("另行通知",),
        phone="0595-85606868",
        contact="謝秘書",
        home="tw",
        weekend=True,
        suf=("（會員免費）",),
        suf_p=0.2,
    ),
    Dept(
        key="ny",
        name="锦湾市农业农村局",
        short="市农业农村局",
        abbr="农业农村局",
        id_style="ny",
        voices=(("formal", 0.5), ("slogan", 0.5)),
        variants=(("everyday", 0.5), ("cn", 0.5)),
        place=(("landmark", 0.5), ("official", 0.5)),
        room="cn_num",
        time_fmt="naive",
        signin_p=0.5,
        round_end=30,
        default_kind="T",
        loyal=0.8,
        form_p="现场会",
        form_t="培训班",
        series="cn_paren",
        town="zhuanchang",
        topics={"tea": "茶产业", "ip": "茶叶品牌", "media": "乡村振兴"},
        extra=("乡村振兴", "科技下乡"),
        ntopics=(1, 2),
        sector="letter",
        region="official",
        desc="formal",
        capacity_p=0.5,
        phone="0595-85620741",
        contact="陈站长",
        home="tea",
        weekend=True,
        slogans=("送科技下乡", "茶乡课堂"),
    ),
)
DEPT: dict[str, Dept] = {d.key: d for d in DEPTS}

DEFAULT_TOPIC: dict[str, str] = {
    "trade": "外贸",
    "ecommerce": "跨境电商",
    "tax": "税费优惠",
    "social": "社保",
    "skills": "技能培训",
    "jobs": "就业",
    "worker": "职工权益",
    "safety": "安全生产",
    "flood": "防汛防台",
    "env": "生态环保",
    "ip": "知识产权",
    "quality": "产品质量",
    "food": "食品安全",
    "credit": "企业信用",
    "digital": "数字化转型",
    "industry": "产业发展",
    "qiao": "侨务",
    "taiwan": "对台",
    "tea": "茶产业",
    "livelihood": "便民服务",
    "fraud": "反诈",
    "media": "政策解读",
}

SECTORS: dict[str, tuple[str, str]] = {
    "A": ("农、林、牧、渔业", "Agriculture, Forestry, Animal Husbandry and Fishery"),
    "B": ("采矿业", "Mining"),
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
    "J": ("金融业", "Finance"),
    "L": ("租赁和商务服务业", "Leasing and Business Services"),
    "M": ("科学研究和技术服务业", "Scientific Research and Technical Services"),
}

# ---------------------------------------------------------------------------------------------
# Subjects and campaigns
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Subject:
    key: str
    cn: str
    everyday: str
    en: str
    topic: str
    tags: tuple[str, ...]
    kind: str
    sectors: tuple[str, ...]
    aud: str
    leads: tuple[str, ...]
    cohosts: tuple[str, ...]
    venues: tuple[str, ...]
    minutes: tuple[int, ...] = (120,)
    days: tuple[int, ...] = (1,)
    sibling: str = ""
    towns: tuple[str, ...] = ()
    months: tuple[int, ...] = (4, 5, 6)
    freq: float = 1.0


SUBJECTS: tuple[Subject, ...] = (
    Subject(
        key="rcep",
        cn="RCEP原产地规则与关税减让政策",
        everyday="RCEP享惠攻略",
        en="RCEP Rules of Origin & Tariff Cuts",
        topic="trade",
        tags=("RCEP", "原产地"),
        kind="P",
        sectors=("C", "F"),
        aud="外贸企业负责人及单证人员",
        leads=("sw", "hg"),
        cohosts=("hg", "sw", "mch", "edz", "tsx", "xf"),
        venues=("civic", "edz", "expo"),
        minutes=(120, 150),
        freq=1.4,
    ),
    Subject(
        key="origin_cert",
        cn="原产地证书申领实务",
        everyday="产地证办理",
        en="Certificate of Origin Filing",
        topic="trade",
        tags=("原产地证",),
        kind="T",
        sectors=("C", "F"),
        aud="外贸企业单证员",
        leads=("mch",),
        cohosts=("hg", "sw"),
        venues=("civic", "edz"),
        minutes=(90, 120),
    ),
    Subject(
        key="credit_ins",
        cn="出口信用保险政策",
        everyday="信保兜底放心接单",
        en="Export Credit Insurance Briefing",
        topic="trade",
        tags=("出口信保",),
        kind="P",
        sectors=("C",),
        aud="出口企业财务及业务负责人",
        leads=("sw",),
        cohosts=("mch", "edz", "xf"),
        venues=("civic", "edz"),
        minutes=(90, 120),
    ),
    Subject(
        key="cbec",
        cn="跨境电子商务综合试验区扶持政策",
        everyday="跨境电商出海",
        en="Cross-border E-commerce Bootcamp",
        topic="ecommerce",
        tags=("跨境电商", "独立站"),
        kind="T",
        sectors=("C", "F", "I"),
        aud="鞋服企业电商负责人",
        leads=("sw", "xf"),
        cohosts=("dc", "xf", "rmt", "sw"),
        venues=("expo", "shoe", "civic"),
        minutes=(150, 180),
        freq=1.3,
    ),
    Subject(
        key="reach",
        cn="欧盟REACH法规与鞋服产品技术性贸易措施",
        everyday="出口鞋服化学品合规",
        en="EU REACH Compliance for Footwear",
        topic="trade",
        tags=("REACH", "技术性贸易措施"),
        kind="T",
        sectors=("C",),
        aud="制鞋、纺织企业技术和质量负责人",
        leads=("hg", "sj"),
        cohosts=("sj", "hg", "xf", "mch"),
        venues=("shoe", "textile", "edz"),
        minutes=(120, 150),
    ),
    Subject(
        key="aeo",
        cn="海关AEO高级认证企业培育",
        everyday="AEO认证辅导",
        en="AEO Certification Clinic",
        topic="trade",
        tags=("AEO",),
        kind="T",
        sectors=("C", "G"),
        aud="进出口企业关务人员",
        leads=("hg",),
        cohosts=("sw", "edz"),
        venues=("edz", "civic"),
    ),
    Subject(
        key="remedy",
        cn="贸易摩擦应对与出口合规经营",
        everyday="应对反倾销调查",
        en="Trade Remedy & Export Compliance",
        topic="trade",
        tags=("贸易救济", "合规"),
        kind="P",
        sectors=("C",),
        aud="出口企业",
        leads=("mch",),
        cohosts=("sw", "xf"),
        venues=("civic", "expo"),
    ),
    Subject(
        key="fairs",
        cn="2027年境外重点展会组展说明",
        everyday="出国参展补贴申报",
        en="Overseas Trade Fair Briefing",
        topic="trade",
        tags=("展会", "参展补贴"),
        kind="P",
        sectors=("C", "F"),
        aud="拟参展企业",
        leads=("sw",),
        cohosts=("xf", "mch"),
        venues=("civic", "expo"),
        minutes=(90,),
    ),
    Subject(
        key="small_tax",
        cn="小型微利企业所得税优惠政策",
        everyday="小微企业减税",
        en="Tax Relief for Small & Micro Firms",
        topic="tax",
        tags=("企业所得税", "小微企业"),
        kind="T",
        sectors=("C", "F", "L"),
        aud="小型微利企业财务人员",
        leads=("tax",),
        cohosts=("gx", "edz", "wc"),
        venues=("tax", "edz", "civic"),
        minutes=(90, 120),
        sibling="relief",
        freq=1.3,
    ),
    Subject(
        key="rd_deduct",
        cn="研发费用税前加计扣除政策",
        everyday="研发费用多扣除",
        en="R&D Super Deduction Explained",
        topic="tax",
        tags=("研发费用", "加计扣除"),
        kind="T",
        sectors=("C", "M"),
        aud="制造业企业财务及研发负责人",
        leads=("tax",),
        cohosts=("gx", "edz", "tsx"),
        venues=("tax", "edz"),
        minutes=(90, 120),
        sibling="relief",
        freq=1.2,
    ),
    Subject(
        key="export_rebate",
        cn="出口退（免）税申报实务",
        everyday="出口退税",
        en="Export Tax Rebate Filing",
        topic="trade",
        tags=("出口退税",),
        kind="T",
        sectors=("C", "F"),
        aud="出口企业办税人员",
        leads=("tax",),
        cohosts=("sw", "hg"),
        venues=("tax", "edz", "civic"),
        sibling="refund",
    ),
    Subject(
        key="vat_refund",
        cn="增值税留抵退税政策",
        everyday="留抵退税",
        en="VAT Credit Refund",
        topic="tax",
        tags=("留抵退税", "增值税"),
        kind="T",
        sectors=("C",),
        aud="一般纳税人企业",
        leads=("tax",),
        cohosts=("gx",),
        venues=("tax", "edz"),
        minutes=(90,),
        sibling="refund",
    ),
    Subject(
        key="iit",
        cn="个人所得税综合所得年度汇算",
        everyday="个税汇算",
        en="IIT Annual Reconciliation",
        topic="tax",
        tags=("个税",),
        kind="P",
        sectors=(),
        aud="辖区职工群众",
        leads=("tax",),
        cohosts=("zgh", "wc", "rmt"),
        venues=("tax", "union", "wc"),
        minutes=(60, 90),
        freq=1.2,
    ),
    Subject(
        key="social_fee",
        cn="社会保险费征缴政策",
        everyday="社保费缴纳",
        en="Social Insurance Contributions",
        topic="social",
        tags=("社保费",),
        kind="P",
        sectors=("C", "F"),
        aud="企业人事及财务人员",
        leads=("tax",),
        cohosts=("rs",),
        venues=("tax", "hr"),
        minutes=(90,),
    ),
    Subject(
        key="new_taxpayer",
        cn="新办纳税人“套餐式”服务辅导",
        everyday="新办企业报税入门",
        en="Tax Basics for New Businesses",
        topic="tax",
        tags=("新办纳税人",),
        kind="T",
        sectors=("F", "L"),
        aud="新办企业及个体工商户",
        leads=("tax",),
        cohosts=("sj",),
        venues=("tax",),
        minutes=(90,),
    ),
    Subject(
        key="skills_cert",
        cn="职业技能等级认定",
        everyday="考技能等级证",
        en="Vocational Skill Certification",
        topic="skills",
        tags=("技能等级认定",),
        kind="T",
        sectors=("C",),
        aud="企业在岗职工",
        leads=("rs",),
        cohosts=("zgh", "dc"),
        venues=("hr", "shoe"),
    ),
    Subject(
        key="shoe_craft",
        cn="制鞋工（鞋类设计）职业技能提升培训",
        everyday="鞋样设计提升班",
        en="Footwear Design Skills Course",
        topic="skills",
        tags=("鞋类设计", "技能提升"),
        kind="T",
        sectors=("C",),
        aud="制鞋企业设计、技术人员",
        leads=("rs",),
        cohosts=("xf", "dc"),
        venues=("shoe", "hr"),
        minutes=(450,),
        days=(1, 2, 3),
        towns=("dongcheng",),
    ),
    Subject(
        key="live_seller",
        cn="电子商务师（直播销售员）职业技能培训",
        everyday="直播带货",
        en="Livestream Selling Course",
        topic="ecommerce",
        tags=("直播电商",),
        kind="T",
        sectors=("F", "C"),
        aud="企业电商从业人员、返乡青年",
        leads=("rs",),
        cohosts=("rmt", "zgh", "sw"),
        venues=("hr", "media"),
        minutes=(420,),
        days=(1, 2),
    ),
    Subject(
        key="stable_post",
        cn="失业保险稳岗返还政策",
        everyday="稳岗返还",
        en="Job Retention Refund",
        topic="jobs",
        tags=("稳岗返还",),
        kind="P",
        sectors=("C",),
        aud="参保企业人事负责人",
        leads=("rs",),
        cohosts=("tax", "edz", "zgh"),
        venues=("hr", "edz", "civic"),
        minutes=(90,),
        sibling="jobsub",
    ),
    Subject(
        key="expand_post",
        cn="一次性扩岗补助政策",
        everyday="招人有补贴",
        en="One-off Hiring Subsidy",
        topic="jobs",
        tags=("扩岗补助",),
        kind="P",
        sectors=("C", "F"),
        aud="吸纳高校毕业生的企业",
        leads=("rs",),
        cohosts=("edz", "zgh"),
        venues=("hr", "edz"),
        minutes=(90,),
        sibling="jobsub",
    ),
    Subject(
        key="startup_loan",
        cn="创业担保贷款贴息政策",
        everyday="创业贷",
        en="Start-up Guaranteed Loans",
        topic="jobs",
        tags=("创业担保贷款",),
        kind="P",
        sectors=("L",),
        aud="创业者、返乡人员",
        leads=("rs",),
        cohosts=("zgh", "wc"),
        venues=("hr", "wc"),
        minutes=(90,),
    ),
    Subject(
        key="labour_law",
        cn="劳动合同法律法规",
        everyday="劳动纠纷维权",
        en="Labour Contract Law Basics",
        topic="worker",
        tags=("劳动合同", "普法"),
        kind="P",
        sectors=("C",),
        aud="企业职工及人事人员",
        leads=("zgh",),
        cohosts=("rs",),
        venues=("union", "shoe"),
        minutes=(90,),
    ),
    Subject(
        key="pension",
        cn="个人养老金制度",
        everyday="养老钱储备",
        en="Personal Pension Scheme",
        topic="social",
        tags=("个人养老金",),
        kind="P",
        sectors=(),
        aud="职工群众",
        leads=("rs",),
        cohosts=("rmt", "zgh"),
        venues=("hr", "union"),
        minutes=(60, 90),
    ),
    Subject(
        key="worker_care",
        cn="职工心理健康关爱",
        everyday="职工减压课",
        en="Employee Wellbeing Talk",
        topic="worker",
        tags=("心理健康",),
        kind="T",
        sectors=(),
        aud="企业职工",
        leads=("zgh",),
        cohosts=(),
        venues=("union",),
        minutes=(90,),
    ),
    Subject(
        key="safety_law",
        cn="《中华人民共和国安全生产法》",
        everyday="新安法",
        en="Work Safety Law",
        topic="safety",
        tags=("安全生产法", "主体责任"),
        kind="T",
        sectors=("C", "E"),
        aud="企业主要负责人及安全管理人员",
        leads=("yj",),
        cohosts=("sc", "dc", "zgh"),
        venues=("safety", "stone", "shoe"),
        minutes=(180,),
        freq=1.3,
    ),
    Subject(
        key="fire_3in1",
        cn="“三合一”场所消防安全专项整治",
        everyday="厂房住人隐患排查",
        en="Fire Safety for Mixed-use Workshops",
        topic="safety",
        tags=("消防安全", "三合一"),
        kind="P",
        sectors=("C", "F"),
        aud="小微企业、家庭作坊业主",
        leads=("yj",),
        cohosts=("dc", "wc", "sc"),
        venues=("safety", "shoe", "wc"),
        minutes=(90,),
    ),
    Subject(
        key="dust",
        cn="粉尘涉爆企业安全管理",
        everyday="石材粉尘防爆",
        en="Combustible Dust Safety",
        topic="safety",
        tags=("粉尘防爆",),
        kind="T",
        sectors=("C", "B"),
        aud="石材、家具企业安全员",
        leads=("yj",),
        cohosts=("sc",),
        venues=("stone", "safety"),
        towns=("shicuo",),
    ),
    Subject(
        key="confined",
        cn="有限空间作业安全",
        everyday="有限空间作业",
        en="Confined Space Work Safety",
        topic="safety",
        tags=("有限空间",),
        kind="T",
        sectors=("C", "D"),
        aud="企业安全管理人员",
        leads=("yj",),
        cohosts=("hj",),
        venues=("safety", "edz"),
    ),
    Subject(
        key="typhoon",
        cn="防汛防台风应急避险",
        everyday="防台风",
        en="Typhoon Preparedness",
        topic="flood",
        tags=("防汛防台",),
        kind="P",
        sectors=(),
        aud="沿海村居、企业",
        leads=("yj",),
        cohosts=("wc", "sc", "dc", "rmt"),
        venues=("safety", "wc"),
        minutes=(90,),
        towns=("jinao", "sucuo"),
        months=(5, 6),
    ),
    Subject(
        key="vocs",
        cn="制鞋行业挥发性有机物（VOCs）综合治理",
        everyday="胶水废气治理",
        en="VOCs Control for Footwear Makers",
        topic="env",
        tags=("VOCs",),
        kind="T",
        sectors=("C",),
        aud="制鞋企业环保负责人",
        leads=("hj",),
        cohosts=("dc", "xf", "gx"),
        venues=("shoe", "gov2"),
        towns=("dongcheng",),
    ),
    Subject(
        key="permit",
        cn="排污许可证申领与执行报告填报",
        everyday="排污证申领",
        en="Pollutant Discharge Permits",
        topic="env",
        tags=("排污许可",),
        kind="T",
        sectors=("C",),
        aud="排污单位环保管理人员",
        leads=("hj",),
        cohosts=("edz",),
        venues=("gov2", "edz", "ceramic"),
    ),
    Subject(
        key="stone_water",
        cn="石材加工废水及石粉泥规范处置",
        everyday="石粉泥处置",
        en="Stone Slurry Disposal",
        topic="env",
        tags=("石粉泥", "废水"),
        kind="P",
        sectors=("C", "B"),
        aud="石材加工企业",
        leads=("hj",),
        cohosts=("sc",),
        venues=("stone",),
        minutes=(90,),
        towns=("shicuo",),
    ),
    Subject(
        key="stone_rectify",
        cn="石材行业安全环保整治提升",
        everyday="石材厂整治",
        en="Stone Industry Clean-up Campaign",
        topic="safety",
        tags=("石材整治",),
        kind="P",
        sectors=("C", "B"),
        aud="辖区石材企业负责人",
        leads=("sc",),
        cohosts=("yj", "hj"),
        venues=("stone",),
        minutes=(90, 120),
        towns=("shicuo",),
    ),
    Subject(
        key="forklift",
        cn="特种设备（叉车）安全管理",
        everyday="叉车司机持证上岗",
        en="Forklift Safety",
        topic="safety",
        tags=("特种设备", "叉车"),
        kind="T",
        sectors=("C", "G"),
        aud="企业特种设备管理员",
        leads=("sj",),
        cohosts=("yj",),
        venues=("gov1", "safety"),
    ),
    Subject(
        key="trademark",
        cn="商标品牌建设与知识产权保护",
        everyday="商标注册保护",
        en="Trademark & IP Protection",
        topic="ip",
        tags=("商标", "品牌"),
        kind="P",
        sectors=("C",),
        aud="企业品牌负责人",
        leads=("sj",),
        cohosts=("xf", "tsx", "edz"),
        venues=("gov1", "shoe", "expo"),
        freq=1.2,
    ),
    Subject(
        key="spot_check",
        cn="鞋类产品质量国家监督抽查问题分析",
        everyday="鞋类抽检不合格整改",
        en="Footwear Quality Spot-check Review",
        topic="quality",
        tags=("抽检", "鞋类质量"),
        kind="P",
        sectors=("C",),
        aud="制鞋企业质量负责人",
        leads=("sj",),
        cohosts=("xf", "dc"),
        venues=("shoe", "gov1"),
    ),
    Subject(
        key="food_safety",
        cn="食品安全主体责任落实",
        everyday="食品安全两个责任",
        en="Food Safety Responsibilities",
        topic="food",
        tags=("食品安全",),
        kind="P",
        sectors=("H", "F"),
        aud="餐饮及食品经营单位",
        leads=("sj",),
        cohosts=("wc",),
        venues=("gov1", "wc"),
        minutes=(90,),
    ),
    Subject(
        key="food_license",
        cn="食品经营许可申办辅导",
        everyday="开店办食品许可证",
        en="Food Business Licence Clinic",
        topic="food",
        tags=("食品经营许可",),
        kind="T",
        sectors=("H", "F"),
        aud="拟申办食品经营许可的商户",
        leads=("sj",),
        cohosts=(),
        venues=("civic",),
        minutes=(60, 90),
    ),
    Subject(
        key="credit_fix",
        cn="企业信用修复",
        everyday="移出经营异常名录",
        en="Business Credit Repair",
        topic="credit",
        tags=("信用修复",),
        kind="P",
        sectors=("C", "F", "L"),
        aud="列入经营异常名录及失信企业",
        leads=("sj",),
        cohosts=("tax",),
        venues=("civic", "gov1"),
        minutes=(90,),
    ),
    Subject(
        key="tea_gi",
        cn="茶叶地理标志证明商标使用管理",
        everyday="茶叶地标用标",
        en="Tea Geographical Indication",
        topic="tea",
        tags=("地理标志",),
        kind="P",
        sectors=("A", "C"),
        aud="茶企、茶农合作社",
        leads=("sj",),
        cohosts=("ny",),
        venues=("tea",),
        towns=("chaling",),
    ),
    Subject(
        key="digital",
        cn="制造业数字化转型",
        everyday="智改数转",
        en="Digital Transformation for Manufacturers",
        topic="digital",
        tags=("数字化转型", "工业互联网"),
        kind="P",
        sectors=("C", "I"),
        aud="规上工业企业负责人",
        leads=("gx",),
        cohosts=("edz", "xf", "tsx", "hj"),
        venues=("edz", "expo", "gov2"),
        minutes=(150, 180),
        freq=1.3,
    ),
    Subject(
        key="srdi",
        cn="专精特新中小企业培育与申报",
        everyday="专精特新申报",
        en="Specialised SME Application Guide",
        topic="industry",
        tags=("专精特新",),
        kind="T",
        sectors=("C",),
        aud="拟申报企业",
        leads=("gx",),
        cohosts=("edz", "tax"),
        venues=("edz", "gov2"),
    ),
    Subject(
        key="energy",
        cn="工业节能诊断服务",
        everyday="省电降本",
        en="Industrial Energy Audits",
        topic="industry",
        tags=("节能", "降碳"),
        kind="P",
        sectors=("C", "D"),
        aud="重点用能企业",
        leads=("gx",),
        cohosts=("hj",),
        venues=("gov2", "ceramic", "edz"),
    ),
    Subject(
        key="kiln",
        cn="陶瓷产业智能窑炉改造",
        everyday="窑炉改造",
        en="Smart Kiln Upgrades for Ceramics",
        topic="industry",
        tags=("陶瓷", "窑炉"),
        kind="P",
        sectors=("C",),
        aud="陶瓷企业",
        leads=("gx",),
        cohosts=("hj",),
        venues=("ceramic",),
        towns=("yaotou",),
    ),
    Subject(
        key="textile_up",
        cn="纺织服装产业链协同升级",
        everyday="纺织服装抱团升级",
        en="Textile Chain Upgrading",
        topic="industry",
        tags=("纺织服装",),
        kind="P",
        sectors=("C",),
        aud="纺织服装企业",
        leads=("gx",),
        cohosts=("xf",),
        venues=("textile",),
        minutes=(150,),
        towns=("yangban",),
    ),
    Subject(
        key="edz_day",
        cn="企业服务日惠企政策集中宣讲",
        everyday="惠企政策一站通",
        en="Enterprise Service Day",
        topic="industry",
        tags=("惠企政策",),
        kind="P",
        sectors=("C",),
        aud="园区企业",
        leads=("edz",),
        cohosts=("gx", "tax", "rs", "sw"),
        venues=("edz",),
        minutes=(120, 150),
    ),
    Subject(
        key="qiao_invest",
        cn="侨资企业发展政策",
        everyday="侨企服务",
        en="Policies for Overseas Chinese Investors",
        topic="qiao",
        tags=("侨资企业",),
        kind="P",
        sectors=("C", "F"),
        aud="侨资企业代表",
        leads=("tz",),
        cohosts=("sw", "rmt"),
        venues=("qiao", "civic"),
    ),
    Subject(
        key="qiao_rights",
        cn="华侨权益保护条例",
        everyday="侨胞权益",
        en="Protecting the Rights of Overseas Chinese",
        topic="qiao",
        tags=("侨益保护",),
        kind="P",
        sectors=(),
        aud="归侨侨眷、侨胞代表",
        leads=("tz",),
        cohosts=("rmt",),
        venues=("qiao",),
        minutes=(90,),
        towns=("jinao", "sucuo"),
    ),
    Subject(
        key="qiao_youth",
        cn="海外华裔青少年“寻根之旅”夏令营",
        everyday="侨界青少年寻根夏令营",
        en="Roots-seeking Summer Camp",
        topic="qiao",
        tags=("寻根", "夏令营"),
        kind="P",
        sectors=(),
        aud="海外华裔青少年及家长",
        leads=("tz",),
        cohosts=(),
        venues=("qiao",),
        minutes=(90,),
        freq=0.6,
    ),
    Subject(
        key="tw_policy",
        cn="台胞台企同等待遇政策",
        everyday="惠台政策",
        en="Equal-treatment Policies for Taiwan Firms",
        topic="taiwan",
        tags=("同等待遇", "台企"),
        kind="P",
        sectors=("C", "F"),
        aud="台资企业负责人",
        leads=("tga",),
        cohosts=("tsx", "sw"),
        venues=("tw", "gov2"),
        freq=1.2,
    ),
    Subject(
        key="tw_finance",
        cn="台资企业融资对接",
        everyday="台企融资",
        en="Financing Match-up for Taiwan Firms",
        topic="taiwan",
        tags=("融资对接",),
        kind="P",
        sectors=("C", "J"),
        aud="台资企业财务负责人",
        leads=("tsx",),
        cohosts=("tga", "gx"),
        venues=("tw",),
        minutes=(150,),
    ),
    Subject(
        key="tw_youth",
        cn="台湾青年来锦就业创业政策",
        everyday="台青来锦就业",
        en="Jobs & Start-ups for Taiwan Youth",
        topic="taiwan",
        tags=("台青", "就业创业"),
        kind="P",
        sectors=("L", "I"),
        aud="台湾青年",
        leads=("tga",),
        cohosts=("rs", "tsx"),
        venues=("tw", "hr"),
    ),
    Subject(
        key="tea_process",
        cn="乌龙茶加工技术",
        everyday="做茶技术",
        en="Oolong Tea Processing",
        topic="tea",
        tags=("乌龙茶", "制茶"),
        kind="T",
        sectors=("A",),
        aud="茶农、茶企制茶师傅",
        leads=("ny",),
        cohosts=("rs", "rmt"),
        venues=("tea",),
        minutes=(180,),
        days=(1, 2),
        towns=("chaling",),
        months=(4, 5),
    ),
    Subject(
        key="tea_garden",
        cn="生态茶园管理与病虫害绿色防控",
        everyday="茶园管护",
        en="Eco Tea Garden Management",
        topic="tea",
        tags=("茶园管理", "绿色防控"),
        kind="T",
        sectors=("A",),
        aud="茶农",
        leads=("ny",),
        cohosts=(),
        venues=("tea",),
        towns=("chaling",),
    ),
    Subject(
        key="anti_fraud",
        cn="反电信网络诈骗",
        everyday="防诈骗",
        en="Anti-fraud Awareness",
        topic="fraud",
        tags=("反诈",),
        kind="P",
        sectors=(),
        aud="辖区居民、企业员工",
        leads=("wc",),
        cohosts=("rmt", "zgh"),
        venues=("wc",),
        minutes=(60,),
    ),
    Subject(
        key="elder_care",
        cn="居家养老服务政策",
        everyday="长者食堂和居家养老",
        en="Home-based Elderly Care",
        topic="livelihood",
        tags=("养老服务",),
        kind="P",
        sectors=(),
        aud="辖区老年人及家属",
        leads=("wc",),
        cohosts=(),
        venues=("wc",),
        minutes=(60,),
        freq=0.7,
    ),
    Subject(
        key="dc_jobs",
        cn="鞋企用工服务暨外来务工人员权益保障",
        everyday="鞋企招工用工",
        en="Hiring Support for Shoe Factories",
        topic="jobs",
        tags=("用工", "外来务工人员"),
        kind="P",
        sectors=("C",),
        aud="辖区鞋服企业人事负责人",
        leads=("dc",),
        cohosts=("rs", "zgh"),
        venues=("shoe",),
        minutes=(90,),
        towns=("dongcheng",),
    ),
    Subject(
        key="shoe_trend",
        cn="2028春夏鞋类流行趋势发布",
        everyday="明年流行什么鞋",
        en="Footwear Trends SS2028",
        topic="industry",
        tags=("流行趋势", "鞋样"),
        kind="T",
        sectors=("C",),
        aud="鞋企设计、开发人员",
        leads=("xf",),
        cohosts=("dc",),
        venues=("shoe", "expo"),
        minutes=(150,),
    ),
    Subject(
        key="policy_live",
        cn="惠企政策直播解读",
        everyday="惠企政策直播间",
        en="Live Policy Q&A",
        topic="media",
        tags=("政策解读",),
        kind="P",
        sectors=(),
        aud="企业和群众",
        leads=("rmt",),
        cohosts=("sw", "gx", "rs"),
        venues=("media",),
        minutes=(60,),
    ),
)
SUBJ: dict[str, Subject] = {s.key: s for s in SUBJECTS}


@dataclass(frozen=True)
class Campaign:
    key: str
    cn: str
    short: str
    en: str
    months: tuple[int, ...]


CAMPAIGNS: tuple[Campaign, ...] = (
    Campaign("wmy", "“稳外贸 拓市场”专项行动", "稳外贸", "Stable Trade Campaign", (4, 5, 6)),
    Campaign("yuanqu", "“惠企政策进园区”系列活动", "政策进园区", "Policies-to-Parks", (4, 5, 6)),
    Campaign("aqm", "2027年“安全生产月”", "安全生产月", "Work Safety Month", (6,)),
    Campaign("ipw", "2027年知识产权宣传周", "知识产权宣传周", "IP Week 2027", (4,)),
    Campaign("qiao", "“侨连五洲·服务侨企”活动月", "侨企服务月", "Overseas Chinese Month", (5,)),
    Campaign("jineng", "“技能锦湾”行动", "技能锦湾", "Skills Jinwan", (4, 5, 6)),
    Campaign("songfa", "“送法进企业”普法行", "送法进企业", "Law-to-Business Tour", (4, 5, 6)),
    Campaign("shuifei", "税费优惠政策系列解读", "税费政策解读", "Tax Policy Series", (4, 5, 6)),
    Campaign("wjy", "稳就业惠企政策系列宣讲", "稳就业政策", "Jobs Policy Series", (4, 5, 6)),
    Campaign("xiaxiang", "“科技特派员”送技下乡", "送技下乡", "Tech-to-Village", (4, 5, 6)),
)
CAMP: dict[str, Campaign] = {c.key: c for c in CAMPAIGNS}
TOPIC_CAMPAIGN: dict[str, str] = {
    "trade": "wmy",
    "safety": "songfa",
    "ip": "ipw",
    "qiao": "qiao",
    "skills": "jineng",
    "tea": "xiaxiang",
    "tax": "yuanqu",
}

# ---------------------------------------------------------------------------------------------
# Sessions
# ---------------------------------------------------------------------------------------------


@dataclass
class Online:
    platform: str  # tencent / dingtalk / rmt / wxvideo
    code: str
    slug: str


@dataclass
class Session:
    sid: int
    subj: Subject
    lead: str
    hosts: list[str]
    kind: str
    start: datetime
    end: datetime
    mode: str  # offline / online / hybrid
    building: str = ""
    room: str = ""
    online: Online | None = None
    town: str = ""
    label: str = ""
    series: int = 0
    klass: int = 0
    part: int = 0
    campaign: str = ""
    family: int = 0
    lock_title: bool = False
    regions: list[str] = field(default_factory=list)
    capacity: int | None = None
    reg_url: str | None = None
    brand_no: int = 0
    live_slug: str = ""


@dataclass
class Posting:
    dept: str
    record: dict[str, Any]
    voice: str
    variant: str
    series_shown: bool
    tbd: bool
    code_text: str
    town_dropped: bool


def _room(b: Building, key: str) -> Room:
    for r in b.rooms:
        if r.key == key:
            return r
    raise KeyError(key)


def fmt_code(code: str, style: str) -> str:
    if style == "dash":
        return f"{code[:3]}-{code[3:6]}-{code[6:]}"
    if style == "space":
        return f"{code[:3]} {code[3:6]} {code[6:]}"
    return code


def fmt_time(dt: datetime, style: str) -> tuple[str, bool]:
    """Return (text, naive?)."""
    utc = dt.astimezone(UTC)
    if style == "off":
        return dt.isoformat(), False
    if style == "off_min":
        return dt.strftime("%Y-%m-%dT%H:%M") + "+08:00", False
    if style == "off_ms":
        return dt.strftime("%Y-%m-%dT%H:%M:%S") + ".000+08:00", False
    if style == "z":
        return utc.strftime("%Y-%m-%dT%H:%M:%SZ"), False
    if style == "z_ms":
        return utc.strftime("%Y-%m-%dT%H:%M:%S") + ".000Z", False
    if style == "utc00":
        return utc.isoformat(), False
    if style == "naive_min":
        return dt.strftime("%Y-%m-%dT%H:%M"), True
    if style == "naive_ms":
        return dt.strftime("%Y-%m-%dT%H:%M:%S") + ".000", True
    return dt.strftime("%Y-%m-%dT%H:%M:%S"), True


def cn_date(dt: datetime) -> str:
    return f"{dt.month}月{dt.day}日（星期{WEEKDAY_CN[dt.weekday()]}）"


def cn_clock(dt: datetime) -> str:
    h = dt.hour
    if h < 12:
        return f"上午{h}:{dt.minute:02d}"
    if h < 18:
        return f"下午{h - 12 if h > 12 else h}:{dt.minute:02d}"
    return f"晚上{h - 12}:{dt.minute:02d}"


def hm(dt: datetime) -> str:
    return f"{dt.hour:02d}:{dt.minute:02d}"


EN_COMPLETE = (
    "Briefing",
    "Clinic",
    "Bootcamp",
    "Course",
    "Talk",
    "Explained",
    "Q&A",
    "Guide",
    "Camp",
    "Review",
    "Campaign",
    "Day",
    "Filing",
    "SS2028",
)
ACTION_ENDINGS: tuple[tuple[str, str], ...] = (
    ("培训", "班"),
    ("辅导", ""),
    ("发布", "会"),
    ("对接", "会"),
    ("夏令营", "说明会"),
    ("整治", "推进会"),
    ("解读", ""),
    ("宣讲", "会"),
    ("直播间", ""),
)


def join_form(name: str, form: str) -> str:
    """Glue a subject name and a form word the way a clerk would (no 政策政策, 培训培训班)."""
    if not form or form in name:
        return name
    for k in (3, 2):
        if len(form) > k and name.endswith(form[:k]):
            return name + form[k:]
    for ending, repl in ACTION_ENDINGS:
        if name.endswith(ending):
            return name + repl
    return name + form


def _sig(text: str) -> set[str]:
    return {c for c in text if c.isalnum()}


def overlap(a: str, b: str) -> float:
    sa, sb = _sig(a), _sig(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


class _Builder:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.sessions: list[Session] = []
        self.occ: dict[tuple[str, str, date], list[tuple[datetime, datetime]]] = {}
        self.codes: set[str] = set()
        self.ids: set[str] = set()
        self.hn: Counter[str] = Counter()
        self.fam = 0
        n_days = (SEASON_LAST - SEASON_FIRST).days + 1
        all_days = [SEASON_FIRST + timedelta(days=i) for i in range(n_days)]
        self.workdays = [d for d in all_days if d.weekday() < 5 and d not in HOLIDAYS]
        self.saturdays = [d for d in all_days if d.weekday() == 5 and d not in HOLIDAYS]
        self.voice_lock: dict[tuple[int, str], str] = {}
        self.variant_lock: dict[tuple[int, str], str] = {}
        self.title_lock: dict[tuple[int, str], str] = {}
        self.counters: Counter[str] = Counter()

    # -- calendar and rooms ------------------------------------------------------------------

    def _days(self, months: tuple[int, ...], weekend: bool = False) -> list[date]:
        days = [d for d in self.workdays if d.month in months]
        if weekend:
            days += [d for d in self.saturdays if d.month in months]
        return days

    def _next_workday(self, d: date) -> date:
        while d.weekday() >= 5 or d in HOLIDAYS:
            d += timedelta(days=1)
        return d

    def _hm(self, day: date, part: str) -> tuple[int, int]:
        rng = self.rng
        if part == "am":
            return pick(rng, (((9, 0), 0.45), ((9, 30), 0.25), ((8, 30), 0.15), ((10, 0), 0.15)))
        if part == "eve":
            return pick(rng, (((19, 30), 0.6), ((20, 0), 0.4)))
        if day.month == 6:
            return pick(rng, (((15, 0), 0.6), ((15, 30), 0.4)))
        return pick(rng, (((14, 30), 0.6), ((15, 0), 0.3), ((14, 0), 0.1)))

    @staticmethod
    def _at(day: date, h: int, m: int) -> datetime:
        return datetime(day.year, day.month, day.day, h, m, tzinfo=CST)

    @staticmethod
    def _windows(start: datetime, end: datetime) -> list[tuple[date, datetime, datetime]]:
        out: list[tuple[date, datetime, datetime]] = []
        day = start.date()
        first_end = datetime.combine(day, end.timetz())
        span = first_end - start
        while day <= end.date():
            s = datetime.combine(day, start.timetz())
            out.append((day, s, s + span))
            day += timedelta(days=1)
        return out

    def _free(self, b: str, r: str, start: datetime, end: datetime) -> bool:
        for day, s, e in self._windows(start, end):
            for s2, e2 in self.occ.get((b, r, day), []):
                if s < e2 and e > s2:
                    return False
        return True

    def _book(self, b: str, r: str, start: datetime, end: datetime) -> None:
        for day, s, e in self._windows(start, end):
            self.occ.setdefault((b, r, day), []).append((s, e))

    def _free_rooms(self, b: str, start: datetime, end: datetime) -> list[Room]:
        return [r for r in BLD[b].rooms if self._free(b, r.key, start, end)]

    def _online(self, platform: str) -> Online:
        rng = self.rng
        while True:
            code = str(rng.randrange(100_000_000, 999_999_999))
            if code not in self.codes:
                self.codes.add(code)
                break
        alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        slug = "".join(rng.choice(alphabet) for _ in range(10))
        return Online(platform, code, slug)

    # -- session creation ----------------------------------------------------------------------

    def _family(self) -> int:
        self.fam += 1
        return self.fam

    def _new(
        self,
        subj: Subject,
        lead: str,
        start: datetime,
        minutes: int,
        *,
        mode: str,
        building: str = "",
        room: str = "",
        days: int = 1,
        kind: str = "",
        **extra: Any,
    ) -> Session:
        rng = self.rng
        end = start + timedelta(minutes=minutes) + timedelta(days=days - 1)
        if not kind:
            kind = subj.kind if rng.random() > 0.1 else ("P" if subj.kind == "T" else "T")
        s = Session(
            sid=len(self.sessions) + 1,
            subj=subj,
            lead=lead,
            hosts=[lead],
            kind=kind,
            start=start,
            end=end,
            mode=mode,
            building=building,
            room=room,
        )
        for k, v in extra.items():
            setattr(s, k, v)
        if building:
            self._book(building, room, start, end)
        if mode in ("online", "hybrid"):
            d = DEPT[lead]
            if d.platform == "rmt":
                s.online = self._online(pick(rng, (("rmt", 0.75), ("wxvideo", 0.25))))
            else:
                s.online = self._online(pick(rng, (("tencent", 0.75), ("dingtalk", 0.25))))
        if not s.regions:
            if subj.towns and rng.random() < 0.6:
                s.regions = [subj.towns[0]]
            elif building and rng.random() < 0.12 and BLD[building].town in TOWN_BUILDING:
                s.regions = [BLD[building].town]
        if s.capacity is None and rng.random() < 0.8:
            s.capacity = rng.choice((30, 40, 50, 60, 80, 100, 120, 150, 200))
        if not s.campaign and subj.topic in TOPIC_CAMPAIGN and rng.random() < 0.18:
            camp = CAMP[TOPIC_CAMPAIGN[subj.topic]]
            if start.month in camp.months:
                s.campaign = camp.key
        self.sessions.append(s)
        return s

    def _cohost(self, s: Session, p: float, extra: tuple[str, ...] = ()) -> None:
        rng = self.rng
        for k in extra:
            if k not in s.hosts:
                s.hosts.append(k)
        if rng.random() >= p:
            return
        pool = [k for k in s.subj.cohosts if k not in s.hosts]
        if s.mode != "offline" and "rmt" not in s.hosts and "rmt" not in pool:
            pool.append("rmt")
        if not pool:
            return
        n = pick(rng, ((1, 0.62), (2, 0.3), (3, 0.08)))
        rng.shuffle(pool)
        for k in pool[:n]:
            if len(s.hosts) < 4:
                s.hosts.append(k)

    def _pick_day(self, subj: Subject, d: Dept) -> date:
        days = self._days(subj.months, weekend=d.weekend and self.rng.random() < 0.3)
        return self.rng.choice(days)

    def _mode(self, d: Dept, subj: Subject, days: int) -> str:
        rng = self.rng
        if days > 1 or subj.key in ("tea_garden", "tea_process", "kiln", "dust"):
            return "offline"
        x = rng.random()
        if x < d.online_p:
            return "online"
        if x < d.online_p + 0.1:
            return "hybrid"
        return "offline"

    def _place(
        self, subj: Subject, d: Dept, start: datetime, end: datetime
    ) -> tuple[str, str] | None:
        cands = list(subj.venues)
        if d.home not in cands and self.rng.random() < 0.35:
            cands.append(d.home)
        self.rng.shuffle(cands)
        for b in cands:
            free = self._free_rooms(b, start, end)
            if free:
                return b, self.rng.choice(free).key
        return None

    def single(self) -> Session | None:
        rng = self.rng
        subj = pick(rng, [(s, s.freq) for s in SUBJECTS])
        lead = rng.choice(subj.leads)
        d = DEPT[lead]
        for _ in range(30):
            day = self._pick_day(subj, d)
            days = rng.choice(subj.days)
            mode = self._mode(d, subj, days)
            minutes = rng.choice(subj.minutes)
            if days > 1 or minutes >= 400:
                hm_ = rng.choice(((8, 30), (9, 0)))
            elif mode == "online" and rng.random() < 0.3:
                hm_ = self._hm(day, "eve")
                minutes = min(minutes, 90)
            else:
                hm_ = self._hm(day, "am" if rng.random() < 0.55 else "pm")
            start = self._at(day, *hm_)
            end = start + timedelta(minutes=minutes) + timedelta(days=days - 1)
            if end.date() > SEASON_LAST:
                continue
            if mode == "online":
                s = self._new(subj, lead, start, minutes, mode=mode, days=days)
            else:
                spot = self._place(subj, d, start, end)
                if spot is None:
                    continue
                s = self._new(
                    subj, lead, start, minutes, mode=mode, building=spot[0], room=spot[1], days=days
                )
            self._cohost(s, 0.4)
            return s
        return None

    # -- hard-negative families ------------------------------------------------------------------

    def _count(self, kind: str, n: int) -> None:
        if n >= 2:
            self.hn[kind] += n * (n - 1) // 2

    def fam_series(self) -> None:
        rng = self.rng
        specs = [
            ("rs", "shoe_craft", 4),
            ("rs", "live_seller", 3),
            ("yj", "safety_law", 3),
            ("ny", "tea_process", 3),
            ("xf", "cbec", 3),
            ("gx", "digital", 3),
            ("hj", "vocs", 3),
            ("rs", "skills_cert", 3),
            ("tax", "export_rebate", 3),
        ]
        rng.shuffle(specs)
        for lead, sk, n in specs[:7]:
            subj = SUBJ[sk]
            fam = self._family()
            days = rng.choice(subj.days)
            minutes = rng.choice(subj.minutes)
            hm_ = (9, 0) if days > 1 or minutes >= 400 else self._hm(SEASON_FIRST, "am")
            b = rng.choice(subj.venues)
            pool = [d for d in self._days(subj.months) if d.day <= 20 or d.month < max(subj.months)]
            first = rng.choice(pool[: max(5, len(pool) // 2)])
            gap = rng.choice((7, 7, 14))
            made = 0
            for i in range(n):
                day = self._next_workday(first + timedelta(days=gap * i))
                start = self._at(day, *hm_)
                end = start + timedelta(minutes=minutes, days=days - 1)
                if end.date() > SEASON_LAST or day.month not in subj.months:
                    break
                free = self._free_rooms(b, start, end)
                if not free:
                    continue
                s = self._new(
                    subj,
                    lead,
                    start,
                    minutes,
                    mode="offline",
                    building=b,
                    room=free[0].key,
                    days=days,
                    kind=subj.kind,
                    series=i + 1,
                    family=fam,
                )
                self._cohost(s, 0.4)
                made += 1
            self._count("series_issue", made)

    def fam_parallel_class(self) -> None:
        rng = self.rng
        specs = [
            ("rs", "skills_cert", "hr"),
            ("sj", "forklift", "gov1"),
            ("yj", "confined", "safety"),
            ("zgh", "worker_care", "union"),
            ("tax", "new_taxpayer", "tax"),
            ("rs", "shoe_craft", "shoe"),
        ]
        rng.shuffle(specs)
        for lead, sk, b in specs[:4]:
            subj = SUBJ[sk]
            fam = self._family()
            with_series = rng.random() < 0.35
            for _ in range(40):
                day = rng.choice(self._days(subj.months))
                minutes = rng.choice(subj.minutes)
                start = self._at(day, *self._hm(day, rng.choice(("am", "pm"))))
                if minutes >= 400:
                    start = self._at(day, 9, 0)
                end = start + timedelta(minutes=minutes)
                free = self._free_rooms(b, start, end)
                if len(free) >= 2:
                    break
            else:
                continue
            ser = rng.randint(2, 4) if with_series else 0
            for k in (1, 2):
                s = self._new(
                    subj,
                    lead,
                    start,
                    minutes,
                    mode="offline",
                    building=b,
                    room=free[k - 1].key,
                    kind=subj.kind,
                    klass=k,
                    series=ser,
                    family=fam,
                )
                self._cohost(s, 0.3)
            self._count("parallel_class", 2)

    def fam_town_specials(self) -> None:
        rng = self.rng
        specs = [
            ("sw", "rcep", "wmy"),
            ("tax", "small_tax", "yuanqu"),
            ("yj", "fire_3in1", "aqm"),
            ("sj", "trademark", "ipw"),
            ("rs", "stable_post", "wjy"),
            ("zgh", "labour_law", "songfa"),
            ("hj", "permit", "yuanqu"),
        ]
        rng.shuffle(specs)
        town_dept = {"dongcheng": "dc", "shicuo": "sc", "wancheng": "wc"}
        for idx, (lead, sk, ck) in enumerate(specs[:6]):
            subj = SUBJ[sk]
            camp = CAMP[ck]
            same_hour = idx < 3 or (idx > 3 and rng.random() < 0.5)
            towns = list(TOWN_BUILDING)
            rng.shuffle(towns)
            towns = towns[: rng.randint(3, 5)]
            towns.sort(key=lambda t: t in town_dept, reverse=True)
            fam = self._family()
            minutes = rng.choice(subj.minutes)
            days_pool = self._days(camp.months)
            if ck == "ipw":
                days_pool = [d for d in days_pool if 19 <= d.day <= 26] or days_pool
            base = rng.choice(days_pool[:-6] if len(days_pool) > 8 else days_pool)
            hm_ = self._hm(base, rng.choice(("am", "pm")))
            made = 0
            day = base
            for t in towns:
                b = TOWN_BUILDING[t]
                start = self._at(day, *hm_)
                end = start + timedelta(minutes=minutes)
                free = self._free_rooms(b, start, end)
                if not free:
                    continue
                s = self._new(
                    subj,
                    lead,
                    start,
                    minutes,
                    mode="offline",
                    building=b,
                    room=free[0].key,
                    kind=subj.kind,
                    town=t,
                    campaign=ck,
                    family=fam,
                    regions=[t],
                )
                extra: tuple[str, ...] = ()
                if t in town_dept and town_dept[t] != lead and rng.random() < 0.75:
                    extra = (town_dept[t],)
                self._cohost(s, 0.25, extra)
                made += 1
                if not same_hour:
                    day = self._next_workday(day + timedelta(days=1))
            self._count("town_special_hour" if same_hour else "town_special_days", made)

    def fam_parallel_rooms(self) -> None:
        rng = self.rng
        specs = [
            ("tax", "small_tax", "rd_deduct", "edz"),
            ("sw", "cbec", "fairs", "expo"),
            ("hj", "vocs", "permit", "gov2"),
            ("sj", "trademark", "spot_check", "shoe"),
            ("rs", "stable_post", "startup_loan", "hr"),
            ("tga", "tw_policy", "tw_finance", "tw"),
            ("gx", "digital", "srdi", "edz"),
            ("yj", "dust", "confined", "safety"),
        ]
        rng.shuffle(specs)
        for lead, a, b_subj, b in specs[:6]:
            fam = self._family()
            pair = (SUBJ[a], SUBJ[b_subj])
            for _ in range(40):
                day = rng.choice(self._days((4, 5, 6)))
                start = self._at(day, *self._hm(day, rng.choice(("am", "pm"))))
                end = start + timedelta(minutes=120)
                free = self._free_rooms(b, start, end)
                if len(free) >= 2:
                    break
            else:
                continue
            for i, subj in enumerate(pair):
                ld = lead if lead in subj.leads else subj.leads[0]
                s = self._new(
                    subj,
                    ld,
                    start,
                    120,
                    mode="offline",
                    building=b,
                    room=free[i].key,
                    family=fam,
                )
                self._cohost(s, 0.35)
            self._count("parallel_rooms", 2)

    def fam_back_to_back(self) -> None:
        rng = self.rng
        specs = [
            ("tax", "iit"),
            ("sj", "food_safety"),
            ("rs", "pension"),
            ("yj", "fire_3in1"),
            ("mch", "origin_cert"),
            ("wc", "anti_fraud"),
            ("tz", "qiao_invest"),
        ]
        rng.shuffle(specs)
        for lead, sk in specs[:6]:
            subj = SUBJ[sk]
            fam = self._family()
            b = subj.venues[0]
            for _ in range(40):
                day = rng.choice(self._days(subj.months))
                am = rng.random() < 0.6
                if am:
                    h1, m1 = 9, 0
                else:
                    h1, m1 = (15, 0) if day.month == 6 else (14, 30)
                s1 = self._at(day, h1, m1)
                s2 = s1 + timedelta(minutes=90)
                free = self._free_rooms(b, s1, s2 + timedelta(minutes=90))
                if free:
                    break
            else:
                continue
            r = free[0].key
            for part, st in ((1, s1), (2, s2)):
                s = self._new(
                    subj,
                    lead,
                    st,
                    90,
                    mode="offline",
                    building=b,
                    room=r,
                    kind=subj.kind,
                    part=part,
                    family=fam,
                )
                self._cohost(s, 0.3)
            self._count("back_to_back", 2)

    def fam_weekly(self) -> None:
        rng = self.rng
        specs = [
            ("tax", "new_taxpayer"),
            ("sj", "food_license"),
            ("rs", "startup_loan"),
            ("zgh", "labour_law"),
            ("wc", "anti_fraud"),
            ("ny", "tea_garden"),
        ]
        rng.shuffle(specs)
        for lead, sk in specs[:4]:
            subj = SUBJ[sk]
            fam = self._family()
            n = rng.randint(4, 6)
            b = subj.venues[0]
            first = rng.choice(self._days(subj.months)[:15])
            part = rng.choice(("am", "pm"))
            hm_ = self._hm(first, part)
            minutes = subj.minutes[0]
            lock = rng.random() < 0.75
            made = 0
            for i in range(n):
                day = first + timedelta(days=7 * i)
                if day > SEASON_LAST:
                    break
                if day in HOLIDAYS:
                    continue
                start = self._at(day, *hm_)
                end = start + timedelta(minutes=minutes)
                free = self._free_rooms(b, start, end)
                if not free:
                    continue
                s = self._new(
                    subj,
                    lead,
                    start,
                    minutes,
                    mode="offline",
                    building=b,
                    room=free[0].key,
                    kind=subj.kind,
                    family=fam,
                    lock_title=lock,
                )
                self._cohost(s, 0.15)
                made += 1
            self._count("weekly_repeat", made)

    def fam_same_building(self) -> None:
        rng = self.rng
        buildings = ["civic", "gov1", "gov2", "edz", "expo", "civic", "gov2"]
        plain = [s for s in SUBJECTS if not s.towns and s.days == (1,) and s.key != "policy_live"]
        for b in buildings[: rng.randint(6, 7)]:
            fam = self._family()
            a = rng.choice(plain)
            others = [s for s in plain if not set(s.leads) & set(a.leads)]
            c = rng.choice(others)
            for _ in range(40):
                day = rng.choice(self._days((4, 5, 6)))
                start = self._at(day, *self._hm(day, rng.choice(("am", "pm"))))
                end = start + timedelta(minutes=120)
                free = self._free_rooms(b, start, end)
                if len(free) >= 2:
                    break
            else:
                continue
            for i, subj in enumerate((a, c)):
                s = self._new(
                    subj,
                    subj.leads[0],
                    start,
                    120,
                    mode="offline",
                    building=b,
                    room=free[i].key,
                    family=fam,
                )
                self._cohost(s, 0.35)
            self._count("same_building_hour", 2)

    def fam_same_title(self) -> None:
        rng = self.rng
        specs = [
            ("edz", "edz_day"),
            ("gx", "digital"),
            ("yj", "safety_law"),
            ("sw", "rcep"),
            ("hj", "permit"),
            ("zgh", "worker_care"),
            ("dc", "dc_jobs"),
            ("sj", "credit_fix"),
        ]
        rng.shuffle(specs)
        for lead, sk in specs[:6]:
            subj = SUBJ[sk]
            fam = self._family()
            days = self._days(subj.months)
            d1 = rng.choice(days[: len(days) // 2])
            d2 = rng.choice([d for d in days if 10 <= (d - d1).days <= 45] or days[-5:])
            made = 0
            for day in (d1, d2):
                start = self._at(day, *self._hm(day, rng.choice(("am", "pm"))))
                minutes = subj.minutes[0]
                end = start + timedelta(minutes=minutes)
                spot = self._place(subj, DEPT[lead], start, end)
                if spot is None:
                    continue
                s = self._new(
                    subj,
                    lead,
                    start,
                    minutes,
                    mode="offline",
                    building=spot[0],
                    room=spot[1],
                    kind=subj.kind,
                    family=fam,
                    lock_title=True,
                )
                self._cohost(s, 0.3)
                made += 1
            self._count("same_title_days", made)

    def fam_online_hour(self) -> None:
        rng = self.rng
        online_subjects = [s for s in SUBJECTS if s.days == (1,) and not s.towns]
        for i in range(rng.randint(6, 7)):
            fam = self._family()
            day = rng.choice(self._days((4, 5, 6)))
            start = self._at(
                day, *self._hm(day, pick(rng, (("am", 0.4), ("pm", 0.4), ("eve", 0.2))))
            )
            if i % 3 == 0:
                subj = SUBJ[rng.choice(("export_rebate", "reach", "digital", "vocs", "cbec"))]
                lead = subj.leads[0]
                labels = ("制鞋行业专场", "纺织服装行业专场")
                for lab in labels:
                    s = self._new(
                        subj, lead, start, 90, mode="online", kind=subj.kind, label=lab, family=fam
                    )
                    self._cohost(s, 0.3)
            else:
                a = rng.choice(online_subjects)
                c = rng.choice([s for s in online_subjects if s.key != a.key])
                for subj in (a, c):
                    s = self._new(subj, subj.leads[0], start, 90, mode="online", family=fam)
                    self._cohost(s, 0.3)
            self._count("online_same_hour", 2)

    def fam_sibling(self) -> None:
        rng = self.rng
        specs = [
            ("tax", "small_tax", "rd_deduct", "shuifei"),
            ("tax", "export_rebate", "vat_refund", "shuifei"),
            ("rs", "stable_post", "expand_post", "wjy"),
            ("tax", "small_tax", "rd_deduct", "yuanqu"),
            ("tax", "vat_refund", "export_rebate", ""),
            ("rs", "expand_post", "stable_post", ""),
            ("tax", "rd_deduct", "small_tax", "shuifei"),
        ]
        rng.shuffle(specs)
        for lead, a, c, ck in specs[:6]:
            fam = self._family()
            same_day = rng.random() < 0.5
            subj_a, subj_c = SUBJ[a], SUBJ[c]
            b = subj_a.venues[0]
            mode = "online" if rng.random() < 0.25 else "offline"
            made = 0
            common: list[Room] = []
            for _ in range(40):
                d1 = rng.choice(self._days((4, 5, 6))[:-10])
                if same_day:
                    d2 = d1
                    s1 = self._at(d1, 9, 0)
                    s2 = self._at(d2, 15, 0) if d2.month == 6 else self._at(d2, 14, 30)
                else:
                    d2 = self._next_workday(d1 + timedelta(days=rng.choice((1, 7))))
                    s1 = self._at(d1, *self._hm(d1, "am"))
                    s2 = self._at(d2, s1.hour, s1.minute)
                if mode == "online":
                    break
                f1 = self._free_rooms(b, s1, s1 + timedelta(minutes=90))
                f2 = self._free_rooms(b, s2, s2 + timedelta(minutes=90))
                common = [r for r in f1 if r in f2]
                if common:
                    break
            else:
                continue
            room = "" if mode == "online" else common[0].key
            for subj, st in ((subj_a, s1), (subj_c, s2)):
                s = self._new(
                    subj,
                    lead,
                    st,
                    90,
                    mode=mode,
                    building="" if mode == "online" else b,
                    room=room,
                    kind=subj.kind,
                    campaign=ck,
                    family=fam,
                )
                self._cohost(s, 0.3)
                made += 1
            self._count("sibling_policy", made)

    # -- rendering ------------------------------------------------------------------------------

    def _ext_id(self, d: Dept, s: Session) -> str:
        rng = self.rng
        while True:
            self.counters[d.key] += 1
            n = self.counters[d.key]
            st = s.start
            k = d.id_style
            if k == "sj":
                eid = f"JWSJ-{st:%m%d}-{n:03d}"
            elif k == "sw":
                eid = f"swj2027{n:04d}"
            elif k == "rs":
                eid = f"RS-PX-27-{n:03d}"
            elif k == "tax":
                eid = f"JWTAX{st:%Y%m%d}{n:03d}"
            elif k == "gx":
                eid = f"gxj/2027/{n}"
            elif k == "tz":
                eid = f"QW2027-{n:03d}"
            elif k == "tga":
                eid = f"TGA-{n:04d}"
            elif k == "edz":
                eid = f"JWEDZ-EV-{n:05d}"
            elif k == "dc":
                eid = f"dc{n}"
            elif k == "sc":
                eid = f"石厝〔2027〕{n}号"
            elif k == "wc":
                eid = f"wc-{rng.getrandbits(32):08x}"
            elif k == "xf":
                eid = f"shoes-{st:%y%m}-{n}"
            elif k == "zgh":
                eid = f"ZGH{n:06d}"
            elif k == "rmt":
                eid = str(rng.randrange(1_000_000_000, 1_999_999_999))
            elif k == "yj":
                eid = f"YJ-AQ-{n:04d}"
            elif k == "hj":
                eid = f"HB2027{n:03d}"
            elif k == "mch":
                eid = f"CCPIT-JW-{n:03d}"
            elif k == "hg":
                eid = f"JWCUS{n:04d}"
            elif k == "tsx":
                eid = f"TWBA-{st:%Y%m}-{n:02d}"
            else:
                eid = f"NY2027-{n:03d}"
            key = f"{d.key}|{eid}"
            if key not in self.ids:
                self.ids.add(key)
                return eid

    def _town_label(self, d: Dept, s: Session, variant: str) -> str:
        if s.label:
            if variant == "en":
                return "Footwear" if s.label.startswith("制鞋") else "Textiles & Apparel"
            if variant == "trad":
                return to_trad(s.label)
            return s.label
        if not s.town:
            return ""
        t = TOWN[s.town]
        style = d.town
        if variant == "en" or style == "en":
            return t.en
        if style == "trad" or variant == "trad":
            return to_trad(f"{t.short}場")
        if style == "short_zhan":
            return f"{t.short}站"
        if style == "zoujin":
            return f"走进{t.short}"
        if style == "short":
            return f"{t.short}专场"
        if style == "old" and t.old:
            return f"{t.old}专场"
        return f"{t.name}专场"

    def _series_label(self, d: Dept, n: int, variant: str) -> str:
        if variant == "en" or d.series == "session_en":
            return f" (Session {n})"
        style = d.series
        if style == "cn_paren":
            return f"（第{cn_num(n)}期）"
        if style == "paren":
            return f"（{n}）"
        if style == "no":
            return f" No.{n}"
        return f"第{n}期"

    def _class_label(self, d: Dept, k: int, variant: str) -> str:
        if variant == "en" or d.klass == "en":
            return f" (Class {'AB'[k - 1]})"
        if d.klass == "letter":
            return f"{'AB'[k - 1]}班"
        if variant == "trad":
            return f"（{cn_num(k)}班）"
        return f"（{cn_num(k)}班）"

    def _part_label(self, variant: str, k: int) -> str:
        if variant == "en":
            return f" (Round {k})"
        return f"（第{cn_num(k)}场）"

    def _title(
        self, d: Dept, s: Session, lead: bool, kind: str, force: str
    ) -> tuple[str, str, str, bool, bool]:
        """Return (title, voice, variant, series_shown, town_dropped)."""
        rng = self.rng
        lk = (s.family, d.key)
        if s.family and lk in self.voice_lock:
            voice = self.voice_lock[lk]
            variant = self.variant_lock[lk]
        else:
            voice = pick(rng, d.voices)
            variant = force or pick(rng, d.variants)
            if s.family:
                self.voice_lock[lk] = voice
                self.variant_lock[lk] = variant
        if d.key == "tax" and lead and s.brand_no and not s.family:
            voice = "brand"
        if voice == "trad":
            variant = "trad"
        elif voice == "english":
            variant = "en"
        elif variant == "en" and voice not in ("english", "bilingual", "acronym"):
            voice = "english"
        if s.lock_title and lk in self.title_lock:
            return self.title_lock[lk], voice, variant, False, False

        subj = s.subj
        if variant == "en":
            name = subj.en
        elif variant == "everyday":
            name = subj.everyday
        else:
            name = subj.cn
        if variant == "en":
            form = "Briefing" if kind == "P" else "Workshop"
        else:
            form = d.form_p if kind == "P" else d.form_t
        if variant == "trad":
            base = subj.cn if rng.random() < 0.7 else subj.everyday
            name = to_trad(base)
            nf = to_trad(join_form(base, form))
        elif variant == "en":
            nf = f"{name} {form}"
        else:
            nf = join_form(name, form)

        show_series = bool(s.series) and (lead or rng.random() < 0.5)
        ser = self._series_label(d, s.series, variant) if show_series else ""
        cls = ""
        if s.klass and (lead or rng.random() < 0.7):
            cls = self._class_label(d, s.klass, variant)
        part = ""
        if s.part and rng.random() < (0.6 if lead else 0.3):
            part = self._part_label(variant, s.part)
        town_dropped = False
        town = self._town_label(d, s, variant)
        if s.town and d.hometown == s.town and rng.random() < 0.6:
            town = ""
            town_dropped = True
        camp = CAMP[s.campaign] if s.campaign and rng.random() < 0.75 else None
        town_p = f"（{town}）" if town else ""
        tail = f"{ser}{cls}{part}"

        if voice == "formal":
            if camp:
                title = f"关于开展{camp.cn}暨{nf}{town_p}{tail}的通知"
            else:
                title = f"关于举办{nf}{town_p}{tail}的通知"
        elif voice == "dept_formal":
            title = f"{d.short}关于举办{nf}{town_p}{tail}的通知"
        elif voice == "colon":
            title = f"{d.abbr}：{nf}{town_p}{tail}"
        elif voice == "bracket":
            tag = rng.choice(d.tags) if d.tags else d.abbr
            lead_in = f"{camp.short}·" if camp else ""
            title = f"【{tag}】{lead_in}{nf}{town_p}{tail}"
        elif voice == "slogan":
            slogan = camp.short if camp else (rng.choice(d.slogans) if d.slogans else d.abbr)
            title = f"{slogan}｜{nf}{town_p}{tail}"
        elif voice == "english":
            en_form = (
                ""
                if subj.en.endswith(EN_COMPLETE)
                else f" {form if variant == 'en' else 'Seminar'}"
            )
            where = f" – {town}" if town else ""
            camp_en = f"{camp.en}: " if camp else ""
            title = f"{camp_en}{subj.en}{en_form}{where}{tail}"
        elif voice == "bilingual":
            cn_name = subj.everyday if variant == "everyday" else subj.cn
            cn_nf = join_form(cn_name, d.form_p if kind == "P" else d.form_t)
            if rng.random() < 0.5:
                title = f"{cn_nf}{town_p}{tail} | {subj.en}"
            else:
                title = f"{subj.en}｜{cn_nf}{town_p}{tail}"
        elif voice == "acronym":
            head = rng.choice(("JWEDZ Talk｜", "【EDZ企服】", "JWEDZ·"))
            title = f"{head}{name if variant == 'en' else nf}{town_p}{tail}"
        elif voice == "spaced":
            parts = [d.abbr, "2027", name, form] if nf == name + form else [d.abbr, "2027", nf]
            if ser:
                parts.append(ser.strip())
            if cls:
                parts.append(cls.strip("（）"))
            if part:
                parts.append(part.strip("（）"))
            if town:
                parts.append(town)
            title = " ".join(parts)
        elif voice == "minnan":
            head = rng.choice(("爱拼才会赢·", "头家讲堂｜", "厝边鞋企拍拼课：", "鞋都头家会客厅｜"))
            title = f"{head}{nf}{town_p}{tail}"
        elif voice == "trad":
            head = rng.choice(("【臺商講堂】", "錦灣臺商協會 ", "「臺商服務」"))
            title = f"{head}{nf}{to_trad(town_p)}{to_trad(tail)}"
        elif voice == "headline":
            when = f"{s.start.month}月{s.start.day}日{hm(s.start)}"
            opt = rng.randrange(3)
            if opt == 0:
                title = f"直播预告｜{name}{town_p}{tail}，{when}锦湾融媒直播间见"
            elif opt == 1:
                title = f"【锦湾融媒】{nf}{town_p}{tail}"
            else:
                title = f"{when}，{name}{tail}直播来了！"
        elif voice == "brand":
            if rng.random() < 0.6:
                title = f"【纳税人学堂】第{s.brand_no}期｜{name}{town_p}{cls}{part}"
            else:
                title = f"纳税人学堂第{s.brand_no}期：{nf}{town_p}{cls}{part}"
            show_series = show_series and bool(ser)
        else:  # plain
            lead_in = f"{camp.short}·" if camp and rng.random() < 0.6 else ""
            title = f"{lead_in}{nf}{tail}{town_p}"

        if d.pre and rng.random() < d.pre_p:
            pre = rng.choice(d.pre)
            for mark in ("】", "：", "关于举办", "关于开展"):
                if mark in title:
                    i = title.index(mark) + len(mark)
                    title = title[:i] + pre + title[i:]
                    break
            else:
                title = pre + title
        if d.suf and rng.random() < d.suf_p:
            title += rng.choice(d.suf)
        if d.fullwidth and voice != "english":
            title = title.translate(FULLWIDTH)
        title = title.strip()[:200]
        if s.lock_title:
            self.title_lock[lk] = title
        return title, voice, variant, show_series, town_dropped

    def _venue(self, d: Dept, s: Session) -> str:
        rng = self.rng
        b = BLD[s.building]
        r = _room(b, s.room)
        style = pick(rng, d.place)
        room_style = d.room
        if style == "en":
            room_style = "en"
        if style == "trad":
            room_style = "trad"
        room = room_text(r, room_style)
        sep = d.sep
        if style == "official":
            text = f"{b.official}{sep}{room}"
        elif style == "full":
            base = b.official if b.official.startswith(("锦湾", "国家")) else "锦湾市" + b.official
            if base.startswith("国家"):
                base = f"锦湾市{b.addr}{b.official}"
            text = f"福建省泉州市{base}{sep}{room}"
        elif style == "short":
            text = f"{b.short}{sep}{room}"
        elif style == "old":
            text = f"{b.old}{sep}{room}"
        elif style == "addr":
            if d.key == "edz":
                text = f"锦湾市{b.addr} {b.short} {room}"
            else:
                text = f"{b.addr}{b.short}{room}"
        elif style == "landmark":
            text = f"{b.landmark}（{b.short}）{room}"
        elif style == "en":
            text = f"{room}, {b.en}, Jinwan"
        else:
            text = f"{b.trad or to_trad(b.official)}{room}"
        if d.fullwidth:
            text = text.translate(FULLWIDTH)
        return text

    def _online_loc(self, d: Dept, s: Session) -> tuple[str | None, str | None, str, str]:
        """Return (location text, url, code text, compact phrase) for the online side."""
        rng = self.rng
        o = s.online
        assert o is not None
        if o.platform == "rmt":
            loc = rng.choice(("锦湾融媒APP直播间", "锦湾融媒客户端", "“锦湾融媒”APP"))
            return loc, f"https://live.jwrmt.cn/h5/{o.slug}", "", loc
        if o.platform == "wxvideo":
            return "视频号“锦湾发布”直播间", None, "", "视频号“锦湾发布”"
        code = fmt_code(o.code, d.code_fmt)
        tencent = o.platform == "tencent"
        pname = "腾讯会议" if tencent else "钉钉会议"
        if d.key == "tsx":
            pname = "騰訊會議" if tencent else "釘釘會議"
        if d.key in ("mch", "edz") and rng.random() < 0.6:
            pname = "Tencent Meeting" if tencent else "DingTalk"
        host = "https://meeting.tencent.com" if tencent else "https://meeting.dingtalk.com"
        slug_url = f"{host}/dm/{o.slug}" if tencent else f"{host}/j/{o.slug}"
        code_url = f"{host}/p/{o.code}" if tencent else f"{host}/j/{o.code}"
        ci = d.code_in
        if ci == "loc":
            if pname.isascii():
                loc = f"{pname} ID: {code}"
            else:
                loc = rng.choice(
                    (f"{pname}：{code}", f"线上（{pname}号 {code}）", f"{pname}号{code}")
                )
            return loc, slug_url if rng.random() < 0.7 else None, code, f"{pname} {code}"
        if ci == "url":
            return rng.choice(("线上", pname, None)), code_url, "", pname
        return f"{pname} {code}", code_url, code, f"{pname} {code}"

    def _location(
        self, d: Dept, s: Session, lead: bool
    ) -> tuple[str | None, str | None, bool, str]:
        """Return (location, onlineUrl, tbd, code_text)."""
        loc, url, tbd, code = self._location_raw(d, s, lead)
        if d.key == "tsx" and loc:
            loc = to_trad(loc)
        return loc, url, tbd, code

    def _location_raw(
        self, d: Dept, s: Session, lead: bool
    ) -> tuple[str | None, str | None, bool, str]:
        rng = self.rng
        tbd = False
        venue: str | None = None
        if s.mode in ("offline", "hybrid"):
            if not lead and rng.random() < d.tbd_p:
                tbd = True
                venue = rng.choice(d.tbd)
            else:
                venue = self._venue(d, s)
        if d.key == "rmt" and s.mode == "offline":
            # the media centre streams others' sessions and posts its own live link
            live = f"https://live.jwrmt.cn/h5/{s.live_slug}"
            loc = venue if rng.random() < 0.5 else rng.choice(("锦湾融媒APP同步直播", None))
            return loc, live, tbd, ""
        if s.mode == "offline":
            return venue, None, tbd, ""
        on_loc, url, code, compact = self._online_loc(d, s)
        if s.mode == "online":
            return on_loc, url, tbd, code
        if venue and not tbd:
            if d.key in ("mch", "edz"):
                return f"{venue} / Online: {compact}", url, tbd, code
            if d.code_in == "url" and rng.random() < 0.5:
                return venue, url, tbd, code
            return f"{venue}（线上同步：{compact}）", url, tbd, code
        return venue or on_loc, url, tbd, code

    def _topics(self, d: Dept, s: Session) -> list[str]:
        rng = self.rng
        lo, hi = d.ntopics
        n = rng.randint(lo, hi)
        if n == 0:
            return []
        main = d.topics.get(s.subj.topic, DEFAULT_TOPIC[s.subj.topic])
        if d.key == "tsx":
            main = to_trad(main)
        out = [main]
        pool = list(s.subj.tags) + list(d.extra)
        rng.shuffle(pool)
        for t in pool:
            if len(out) >= n:
                break
            t2 = to_trad(t) if d.key == "tsx" else t
            if t2 not in out:
                out.append(t2)
        return out[:6]

    def _audience(self, d: Dept, s: Session) -> dict[str, list[str]]:
        sectors: list[str] = []
        if d.sector != "none":
            for code in s.subj.sectors:
                if d.sector == "letter":
                    sectors.append(code)
                elif d.sector == "cn":
                    sectors.append(SECTORS[code][0])
                else:
                    sectors.append(SECTORS[code][1])
        regions: list[str] = []
        if s.regions and (d.region != "none" or d.hometown in s.regions):
            for t in s.regions:
                town = TOWN[t]
                regions.append(town.short if d.region == "short" else town.name)
        return {"sectors": sectors, "regions": regions}

    def _reg_url(self, d: Dept, s: Session, lead: bool) -> str | None:
        rng = self.rng
        n = self.counters[d.key]
        own: str | None = None
        if d.reg == "wj":
            own = f"https://wj.qq.com/s2/{rng.randrange(10_000_000, 99_999_999)}/{rng.getrandbits(16):04x}/"
        elif d.reg:
            own = d.reg.format(n=n)
        if lead:
            if own and s.reg_url is None:
                s.reg_url = own
            return s.reg_url
        if own and rng.random() < 0.6:
            return own
        if s.reg_url and rng.random() < 0.4:
            return s.reg_url
        return None

    def _description(
        self,
        d: Dept,
        s: Session,
        kind: str,
        loc: str | None,
        post_start: datetime,
        code: str,
    ) -> str | None:
        rng = self.rng
        style = d.desc
        if style == "none" or rng.random() < 0.12:
            return None
        real = s.start
        signin_note = ""
        if post_start < real:
            signin_note = f"（{hm(post_start)}开始签到，{hm(real)}正式开始）"
        elif d.signin_p > 0 and s.mode != "online":
            signin_note = f"（请提前{d.signin_min}分钟签到）"
        place = loc or "另行通知"
        code_note = f"线上参会：{code}。" if code and code not in place else ""
        subj = s.subj
        core = join_form(subj.cn, d.form_p if kind == "P" else d.form_t)
        if s.end.date() != real.date():
            when = (
                f"{real.month}月{real.day}日至{s.end.month}月{s.end.day}日，"
                f"每天{hm(real)}—{hm(s.end)}"
            )
        else:
            when = f"{cn_date(real)}{hm(real)}—{hm(s.end)}"
        if style == "formal":
            return (
                f"各有关单位：\n为做好{subj.cn}相关工作，{d.short}定于{cn_date(real)}举办{core}，"
                f"现将有关事项通知如下：\n一、时间：{when}{signin_note}\n"
                f"二、地点：{place}\n三、参加对象：{subj.aud}\n"
                f"四、其他：请参训人员携带身份证复印件。{code_note}\n"
                f"联系人：{d.contact}，联系电话：{d.phone}"
            )
        if style == "short":
            return (
                f"{cn_date(real)}{cn_clock(real)}，{place}。{signin_note}对象：{subj.aud}。"
                f"{code_note}咨询电话：{d.phone}"
            )
        if style == "english":
            return (
                f"Date: {real:%B} {real.day}, {real.year}, {hm(real)}-{hm(s.end)} (Beijing time). "
                f"Venue: {place}. {('Online: ' + code + '. ') if code else ''}"
                f"Audience: {subj.aud}. Contact: {d.contact} {d.phone}"
            )
        if style == "minnan":
            return (
                f"各位头家、厝边：{subj.everyday}的事情大家拢关心！{cn_date(real)}{cn_clock(real)}，"
                f"来{place}作伙交流，爱拼才会赢。{code_note}联系：{d.contact} {d.phone}"
            )
        if style == "trad":
            return to_trad(
                f"各位臺商朋友：本会订于{cn_date(real)}{cn_clock(real)}假{place}举办{core}，"
                f"敬请踊跃报名参加。{code_note}联络人：{d.contact} {d.phone}"
            )
        # live
        return (
            f"扫码或点击链接进入直播间。{cn_date(real)}{hm(real)}，{subj.everyday}，"
            f"相关部门负责人在线解读、答疑。{code_note}"
        )

    def _posting(self, d: Dept, s: Session, lead: bool, force: str) -> Posting:
        rng = self.rng
        if lead:
            kind = s.kind if rng.random() < 0.9 else d.default_kind
        else:
            kind = d.default_kind if rng.random() < d.loyal else s.kind
        title, voice, variant, ser_shown, dropped = self._title(d, s, lead, kind, force)
        loc, url, tbd, code = self._location(d, s, lead)
        start = s.start
        if s.mode != "online" and d.signin_p and rng.random() < d.signin_p:
            start = s.start - timedelta(minutes=d.signin_min)
        end = s.end
        if d.round_end:
            step = d.round_end
            mins = end.hour * 60 + end.minute
            up = -(-mins // step) * step
            if up != mins and up < 24 * 60:
                end = end.replace(hour=up // 60, minute=up % 60)
        start_txt, naive = fmt_time(start, d.time_fmt)
        end_txt, _ = fmt_time(end, d.time_fmt)
        capacity: int | None = None
        if rng.random() < d.capacity_p:
            capacity = s.capacity
            if capacity is not None and not lead and rng.random() < 0.3:
                capacity = rng.choice((20, 30, 50))
        inp: dict[str, Any] = {
            "externalId": self._ext_id(d, s),
            "kind": "TRAINING" if kind == "T" else "PUBLICITY",
            "title": title,
            "start": start_txt,
            "end": end_txt,
        }
        if naive:
            inp["timezone"] = TZ_NAME
        inp["location"] = loc[:500] if loc is not None else None
        inp["onlineUrl"] = url
        inp["description"] = self._description(d, s, kind, loc, start, code)
        inp["topics"] = self._topics(d, s)
        inp["audience"] = self._audience(d, s)
        inp["capacity"] = capacity
        inp["registrationUrl"] = self._reg_url(d, s, lead)
        record: dict[str, Any] = {
            "department": d.name,
            "input": inp,
            "truth": {
                "session": s.sid,
                "kind": "TRAINING" if s.kind == "T" else "PUBLICITY",
                "start": s.start.isoformat(),
                "end": s.end.isoformat(),
            },
        }
        return Posting(d.key, record, voice, variant, ser_shown, tbd, code, dropped)

    def render(self) -> tuple[list[dict[str, Any]], Counter[str]]:
        rng = self.rng
        order = sorted(self.sessions, key=lambda x: (x.start, x.sid))
        # 纳税人学堂 brand numbers for tax-led trainings, in date order
        n = 0
        for s in order:
            if s.lead == "tax" and s.kind == "T":
                n += 1
                s.brand_no = 36 + n
            if "rmt" in s.hosts and s.mode == "offline":
                s.live_slug = f"{rng.randrange(100000, 999999)}"
        # anonymise session ids
        ids = list(range(1, len(order) + 1))
        rng.shuffle(ids)
        for s, new in zip(self.sessions, ids, strict=True):
            s.sid = 1000 + new
        out: list[dict[str, Any]] = []
        ph: Counter[str] = Counter()
        for s in order:
            posts: list[Posting] = []
            lead_post = self._posting(DEPT[s.lead], s, True, "")
            posts.append(lead_post)
            for k in s.hosts[1:]:
                d = DEPT[k]
                force = ""
                if rng.random() < 0.2:
                    opts = [v for v, _ in d.variants if v != lead_post.variant]
                    if opts:
                        force = rng.choice(opts)
                posts.append(self._posting(d, s, False, force))
            for p in posts[1:]:
                self._phenomena(s, lead_post, p, ph)
            out.extend(p.record for p in posts)
        rng.shuffle(out)
        return out, ph

    @staticmethod
    def _instant(text: str) -> datetime:
        dt = datetime.fromisoformat(text)
        return dt if dt.tzinfo else dt.replace(tzinfo=CST)

    def _phenomena(self, s: Session, a: Posting, b: Posting, ph: Counter[str]) -> None:
        ia, ib = a.record["input"], b.record["input"]
        if a.voice != b.voice:
            ph["voice_diff"] += 1
        if ia["topics"] != ib["topics"]:
            ph["topic_diff"] += 1
        if ia["kind"] != ib["kind"]:
            ph["kind_diff"] += 1
        if s.series and a.series_shown != b.series_shown:
            ph["series_one_side"] += 1
        if self._instant(ia["start"]) != self._instant(ib["start"]):
            ph["start_diff"] += 1
        if self._instant(ia["end"]) != self._instant(ib["end"]):
            ph["end_diff"] += 1
        if DEPT[a.dept].time_fmt != DEPT[b.dept].time_fmt:
            ph["time_format_diff"] += 1
        if s.mode != "online":
            if b.tbd or a.tbd:
                ph["no_venue"] += 1
            elif ia["location"] and ib["location"] and ia["location"] != ib["location"]:
                ph["venue_spelling_diff"] += 1
        if s.mode != "offline" and a.code_text and b.code_text and a.code_text != b.code_text:
            ph["code_format_diff"] += 1
        if s.mode != "offline" and (ia["onlineUrl"] or "") != (ib["onlineUrl"] or ""):
            ph["online_url_diff"] += 1
        if overlap(ia["title"], ib["title"]) < 0.15:
            ph["low_overlap_title"] += 1
        if b.town_dropped or a.town_dropped:
            ph["town_label_dropped"] += 1
        if b.dept == "rmt" and s.mode == "offline":
            ph["live_repost"] += 1


def _build(seed: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    b = _Builder(seed)
    rng = b.rng
    b.fam_series()
    b.fam_parallel_class()
    b.fam_town_specials()
    b.fam_parallel_rooms()
    b.fam_back_to_back()
    b.fam_weekly()
    b.fam_same_building()
    b.fam_same_title()
    b.fam_online_hour()
    b.fam_sibling()
    target = rng.randint(1080, 1170)
    postings = sum(len(s.hosts) for s in b.sessions)
    guard = 0
    while postings < target and guard < 5000:
        guard += 1
        s = b.single()
        if s is not None:
            postings += len(s.hosts)
    records, ph = b.render()
    meta: dict[str, Any] = {"hard_negatives": dict(sorted(b.hn.items())), "phenomena": ph}
    return records, meta


def generate(seed: int) -> list[dict[str, Any]]:
    records, _ = _build(seed)
    return records


def stats(seed: int = 0) -> dict[str, Any]:
    records, meta = _build(seed)
    per_session: Counter[int] = Counter()
    depts_per_session: dict[int, set[str]] = {}
    for r in records:
        sid = r["truth"]["session"]
        per_session[sid] += 1
        depts_per_session.setdefault(sid, set()).add(r["department"])
    hist = Counter(per_session.values())
    cohosted = sum(1 for v in depts_per_session.values() if len(v) >= 2)
    kinds = Counter(r["input"]["kind"] for r in records)
    by_dept = Counter(r["department"] for r in records)
    ph: Counter[str] = meta["phenomena"]
    return {
        "seed": seed,
        "postings": len(records),
        "sessions": len(per_session),
        "postings_per_session": {str(k): hist[k] for k in sorted(hist)},
        "hard_negatives": meta["hard_negatives"],
        "cohosted_share": round(cohosted / max(1, len(per_session)), 3),
        "cohost_phenomena": dict(sorted(ph.items())),
        "posted_kinds": dict(sorted(kinds.items())),
        "departments": len(by_dept),
        "online_postings": sum(1 for r in records if r["input"]["onlineUrl"]),
        "naive_times": sum(1 for r in records if "timezone" in r["input"]),
    }


if __name__ == "__main__":
    import json

    for sd in (0, 1, 2):
        print(json.dumps(stats(sd), ensure_ascii=False, indent=1))
