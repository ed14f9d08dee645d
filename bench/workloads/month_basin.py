"""An invented month (March 2027) of training and policy-publicity sessions of 岚渠县.

Data sheet
==========

County
------
岚渠县 (Lanqu County), 南巴市, Sichuan — an invented hilly county of the north-eastern Sichuan
basin (川东北). Economy: pigs (生猪调出大县) and citrus (柑橘) on the hills, 青菜头 grown for
榨菜 and 泡菜 factories along the river, 白酒 distilleries (烧房), a natural-gas field with a
chemical park (岚渠经济开发区·化工园区), large labour export (劳务输出) and returning
migrant workers' start-ups (返乡创业). No minority-language names (Han area), but Sichuanese
nicknames are common. The 2019-2020 乡镇撤并 reform merged townships, so every town has its
current name plus one or two pre-merger names still used by farmers and the 农业农村局.

Towns (id: full / short / old pre-merger names / pinyin / English / Sichuanese nickname)
----------------------------------------------------------------------------------------
lancheng : 岚城街道 / 岚城 / 城关镇, 东门乡 / Lancheng Jiedao / Lancheng Subdistrict / 城头
jinya    : 金垭镇 / 金垭 / 石牛乡, 新店乡 / Jinya Zhen / Jinya Town / 金垭口
ganlin   : 柑林镇 / 柑林 / 橘园乡, 白果乡 / Ganlin Zhen / Ganlin Town / 柑子坝
longtan  : 龙滩镇 / 龙滩 / 凤鸣乡 / Longtan Zhen / Longtan Town / 气矿坝
shuanghe : 双河镇 / 双河 / 新桥乡, 长乐乡 / Shuanghe Zhen / Shuanghe Town / 两河口
qinggang : 青杠镇 / 青杠 / 桂花乡, 罗家乡 / Qinggang Zhen / Qinggang Town / 猪儿坝
qushui   : 曲水镇 / 曲水 / 槽坊乡 / Qushui Zhen / Qushui Town / 烧房坝
linjiang : 临江镇 / 临江 / 沙溪乡, 鹤鸣乡 / Linjiang Zhen / Linjiang Town / 菜头坝
guanyin  : 观音镇 / 观音 / 马鞍乡 / Guanyin Zhen / Guanyin Town / 观音场
yongxing : 永兴镇 / 永兴 / 复兴乡, 民主乡 / Yongxing Zhen / Yongxing Town / 创业坝
shilong  : 石龙镇 / 石龙 / 太平乡, 中和乡 / Shilong Zhen / Shilong Town / 石龙场
baihe    : 白鹤镇 / 白鹤 / 天池乡 / Baihe Zhen / Baihe Town / 鹤儿岭
huilong  : 回龙镇 / 回龙 / 狮子乡 / Huilong Zhen / Huilong Town / 回龙湾
qingping : 清平镇 / 清平 / 大石乡, 花桥乡 / Qingping Zhen / Qingping Town / 清平场
Every spelling maps to exactly one town (checked at generate time). regions [] = whole county.

Sectors: GB/T 4754-2017 sections A-T; [] = every sector. Styles: letter "C", Chinese "制造业",
letter+name "C 制造业", official English "Manufacturing".

Departments (slug, name: title habit; topics; sectors; towns; time)
-------------------------------------------------------------------
fgj    县发展和改革局: 关于开展/举办…的通知, 2027年第一季度…; "政策解读" on everything;
       "C 制造业"; 岚城街道 full; +08:00.
jxkj   县经济信息化和科学技术局: 【政策辅导】【惠企政策进园区】【惠企直通车】; "惠企" first;
       "C"; short 柑林; +08:00.
nync   县农业农村局: slogans 送政策下乡·, 田坎上的课堂：, {old}院坝会：; everyday names;
       policy tags + "三农"; "农、林、牧、渔业"; OLD township names; evenings, 赶场 Saturdays.
rsj    县人力资源和社会保障局: everyday questions ("招一个本地人能补多少钱？"), 春风行动·,
       【就业服务】; tags "稳就业"; letters (mostly []); short; +08:00 without seconds.
swj    国家税务总局岚渠县税务局: 【税费讲堂】第N期： (dept-wide series), 便民办税春风行动｜;
       "税费服务"; "C 制造业"; full; UTC "Z".
scjg   县市场监督管理局: "{F}宣讲会（3月9日·柑林镇）", 【放心消费在岚渠】; NO topics;
       letters; full; +08:00.
sthj   市生态环境局岚渠分局: 关于举办…培训班的通知, 美丽岚渠·; "生态环境"; English sector
       names; pinyin towns; +08:00.
yjgl   县应急管理局: 【安全生产】, 安全发展 警钟长鸣——, 安全宣传“五进”·; "安全生产";
       Chinese sector names; full; +08:00.
tcsw   县投资促进和商务局: English titles (Policy Briefing:, Workshop, Lanqu Invest Talk:), a
       few 【招商政策培训】; English topics; English sector names; English towns; UTC ".000Z".
czj    县财政局: 2027年第一季度…, 财政惠企资金直达·; NO topics; letters; full (mostly []).
ybj    县医疗保障局: "{everyday}——医保干部来给你摆一摆", 【医保政策进万家】; "医保";
       Chinese sector names; short; +08:00.
zjj    县住房和城乡建设局: 培训会（第三场）, 宣传周, 安居岚渠·; policy tags; "E 建筑业"; full.
jrzx   县金融工作服务中心: 金融活水润岚渠·, 金融知识进万家｜, some English "Finance Talk:";
       "金融服务"; Chinese sector names; short.
jkq    岚渠经济开发区（化工园区）管委会: 【园区大讲堂】, 项目为王 园区争先｜; "园区";
       letters; pinyin towns; sessions mostly inside the park (双河/龙滩).
gsl    县工商业联合会: 民营企业家沙龙：, 摆龙门阵; "惠企" on everything; Chinese sector names;
       Sichuanese nicknames (柑子坝); +08:00 without seconds.
fxcy   县返乡创业服务中心: 回来创业，…, 返乡创业夜校· (evenings), 岚归创业汇｜; "返乡创业";
       "C 制造业"; nicknames.
tuanxw 共青团岚渠县委: 青春助力乡村振兴｜, 青年说政策·, live streams; "青年"; letters; short.
wglj   县文化广播电视和旅游局: "{F}政策宣讲（柑林镇专场）", 文旅惠企·; tags + "文旅";
       Chinese sector names; full.

Policies (90, hidden ids, ~28 areas; each: formal name, two everyday names, English name,
typical sectors/towns, departments lead first)
------------------------------------------------------------------------------------
pig PIG01-05 (能繁母猪补贴 / 调出大县奖励 = siblings of 生猪稳产保供; hog insurance; manure;
ASF) · citrus CIT01-04 · pickle PKL01-04 (生产许可 vs 小作坊登记) · liquor LIQ01-04 (消费税
vs 增值税留抵退税 = two taxes on one industry) · gas GAS01-04 · chemical park CHM01-03 ·
returnee RET01-04 (一次性创业补贴 vs 园区场租补贴 = two subsidies of one programme;
创业担保贷款) · labour LAB01-04 · employment EMP01-05 (吸纳就业补贴 vs 稳岗返还) ·
social insurance SOC01-03 · medical MED01-04 · tax TAX01-03,06,07 · tax credit TAX04-05
(rating and its repair) · market MKT01-02,04-05 (市场主体信用修复 ≠ 纳税信用修复) · food
MKT03 · safety SAF01 (broad campaign 治本攻坚三年行动), SAF02, SAF04 · environment ENV01-03 ·
industry IND01-03 · commerce COM01-04 · finance FIN01-04 (FIN02 防非 = broad campaign) ·
construction CON01-03 · tourism TOU01-03 · youth YTH01 (青创贷 ≠ 创业担保贷款) · rural
RUR01-03 · farm machinery RUR04-05 (purchase vs scrapping) · business environment BIZ01-03 ·
anti-fraud LAW02 · brand IPR01.

Hard cases built in deliberately (besides the random month)
-----------------------------------------------------------
* 养老保险宣讲会（3月9日·柑林镇） vs 个税政策宣讲会（3月9日·柑林镇）: same hour, same town,
  different policy -> CONFLICT only; 养老保险宣讲会（3月9日·白鹤镇） same hour elsewhere: nothing.
* 养老保险 town tour 第一场…第六场 on different days and towns: no pairs among the stops.
* Same hour, same town 曲水, sectors C vs A: no CONFLICT; a [] session there hits both.
* nync old name 罗家乡 + "农、林、牧、渔业" vs sthj "Qinggang Zhen" + English A: they meet.
* UTC: tcsw 01:30Z = 09:30 local collides with a +08:00 09:00 session; 09:30Z (17:30 local)
  does not. A two-day training (3/10 09:00 - 3/11 17:00) collides with 3/11 morning.
* Touching sessions (end 16:00 = start 16:00): no CONFLICT.
* 返乡创业补贴 told by fxcy (everyday), rsj (formal), tcsw (English) within 12 days: 3
  REDUNDANT pairs; tuanxw's TRAINING on it is not redundant (kind differs).
* 14-day boundary: 3/2 09:30 vs 3/16 09:30 REDUNDANT; vs 3/16 14:30 not.
* Siblings with alike titles (能繁母猪 vs 调出大县; 纳税信用评价 vs 修复; 消费税 vs 留抵退税;
  吸纳就业 vs 稳岗返还; 农机购置 vs 报废): never REDUNDANT with each other.
* Generic "惠企政策宣讲会" titles: fgj+czj on BIZ02 REDUNDANT; jrzx's FIN01 one is not.
* Cancelled session re-posted a week later with the identical title: no pair.
* 电商进农村 TRAINING by tcsw (English, A/F), nync (everyday, A) REDUNDANT; tuanxw's (sector I)
  meets neither.
* Random cancellations (~3%) remove pairs; co-hosted sessions are one record.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

WINDOW_DAYS = 14
CST = timezone(timedelta(hours=8))
YEAR = 2027
MONTH = 3

TRAINING = "TRAINING"
PUBLICITY = "PUBLICITY"


# --------------------------------------------------------------------------- towns


@dataclass(frozen=True)
class Town:
    tid: str
    full: str
    short: str
    old: tuple[str, ...]
    pinyin: str
    english: str
    nick: str


TOWNS: tuple[Town, ...] = (
    Town(
        "lancheng",
        "岚城街道",
        "岚城",
        ("城关镇", "东门乡"),
        "Lancheng Jiedao",
        "Lancheng Subdistrict",
        "城头",
    ),
    Town("jinya", "金垭镇", "金垭", ("石牛乡", "新店乡"), "Jinya Zhen", "Jinya Town", "金垭口"),
    Town("ganlin", "柑林镇", "柑林", ("橘园乡", "白果乡"), "Ganlin Zhen", "Ganlin Town", "柑子坝"),
    Town("longtan", "龙滩镇", "龙滩", ("凤鸣乡",), "Longtan Zhen", "Longtan Town", "气矿坝"),
    Town(
        "shuanghe",
        "双河镇",
        "双河",
        ("新桥乡", "长乐乡"),
        "Shuanghe Zhen",
        "Shuanghe Town",
        "两河口",
    ),
    Town(
        "qinggang",
        "青杠镇",
        "青杠",
        ("桂花乡", "罗家乡"),
        "Qinggang Zhen",
        "Qinggang Town",
        "猪儿坝",
    ),
    Town("qushui", "曲水镇", "曲水", ("槽坊乡",), "Qushui Zhen", "Qushui Town", "烧房坝"),
    Town(
        "linjiang",
        "临江镇",
        "临江",
        ("沙溪乡", "鹤鸣乡"),
        "Linjiang Zhen",
        "Linjiang Town",
        "菜头坝",
    ),
    Town("guanyin", "观音镇", "观音", ("马鞍乡",), "Guanyin Zhen", "Guanyin Town", "观音场"),
    Town(
        "yongxing",
        "永兴镇",
        "永兴",
        ("复兴乡", "民主乡"),
        "Yongxing Zhen",
        "Yongxing Town",
        "创业坝",
    ),
    Town(
        "shilong", "石龙镇", "石龙", ("太平乡", "中和乡"), "Shilong Zhen", "Shilong Town", "石龙场"
    ),
    Town("baihe", "白鹤镇", "白鹤", ("天池乡",), "Baihe Zhen", "Baihe Town", "鹤儿岭"),
    Town("huilong", "回龙镇", "回龙", ("狮子乡",), "Huilong Zhen", "Huilong Town", "回龙湾"),
    Town(
        "qingping",
        "清平镇",
        "清平",
        ("大石乡", "花桥乡"),
        "Qingping Zhen",
        "Qingping Town",
        "清平场",
    ),
)
TOWN_BY_ID: dict[str, Town] = {t.tid: t for t in TOWNS}
TOWN_IDS: tuple[str, ...] = tuple(t.tid for t in TOWNS)

PIG = ("qinggang", "jinya", "shilong", "guanyin")
CITRUS = ("ganlin", "baihe", "huilong", "qingping")
PICKLE = ("linjiang", "qingping", "shilong")
LIQUOR = ("qushui", "lancheng", "huilong")
GAS = ("longtan", "shuanghe", "baihe")
CHEM = ("shuanghe", "longtan")
STARTUP = ("yongxing", "lancheng", "guanyin", "jinya")
LABOUR = ("guanyin", "jinya", "qingping", "shilong", "huilong")
COUNTY: tuple[str, ...] = ()

TOWN_VENUES = ("{t}便民服务中心", "{t}人民政府三楼会议室", "{t}场镇文化广场", "{t}新时代文明实践所")
COUNTY_VENUES = (
    "县政务服务中心四楼会议室",
    "县融媒体中心演播厅",
    "县委党校报告厅",
    "县返乡创业孵化园路演厅",
)

# --------------------------------------------------------------------------- sectors

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
    "K": ("房地产业", "Real Estate"),
    "L": ("租赁和商务服务业", "Leasing and Business Services"),
    "M": ("科学研究和技术服务业", "Scientific Research and Technical Services"),
    "N": (
        "水利、环境和公共设施管理业",
        "Management of Water Conservancy, Environment and Public Facilities",
    ),
    "O": ("居民服务、修理和其他服务业", "Services to Households, Repair and Other Services"),
    "P": ("教育", "Education"),
    "Q": ("卫生和社会工作", "Health and Social Work"),
    "R": ("文化、体育和娱乐业", "Culture, Sports and Entertainment"),
    "S": (
        "公共管理、社会保障和社会组织",
        "Public Management, Social Security and Social Organization",
    ),
    "T": ("国际组织", "International Organizations"),
}

# --------------------------------------------------------------------------- departments


@dataclass(frozen=True)
class Dept:
    slug: str
    name: str
    sector_style: str  # letter | zh | letter_zh | en
    town_style: str  # full | short | old | pinyin | en | nick
    time_style: str  # cst | cst_min | utc | utc_ms
    training_share: float
    evening_share: float
    saturday_ok: bool
    lead_tags: tuple[str, ...]
    tail_tags: tuple[str, ...]
    tag_mode: str  # zh | en | none
    decos: tuple[str, ...]  # md_town | dot | venue | none | en
    home_towns: tuple[str, ...] = ()


DEPTS: tuple[Dept, ...] = (
    Dept(
        "fgj", "岚渠县发展和改革局", "letter_zh", "full", "cst", 0.4, 0.0, False,
        ("政策解读",), (), "zh", ("md_town", "none", "venue"),
    ),
    Dept(
        "jxkj", "岚渠县经济信息化和科学技术局", "letter", "short", "cst", 0.5, 0.0, False,
        ("惠企",), (), "zh", ("md_town", "none"),
    ),
    Dept(
        "nync", "岚渠县农业农村局", "zh", "old", "cst", 0.4, 0.14, True,
        (), ("三农",), "zh", ("md_town", "dot"),
    ),
    Dept(
        "rsj", "岚渠县人力资源和社会保障局", "letter", "short", "cst_min", 0.35, 0.03, False,
        ("稳就业",), (), "zh", ("md_town", "dot", "none"),
    ),
    Dept(
        "swj", "国家税务总局岚渠县税务局", "letter_zh", "full", "utc", 0.5, 0.0, False,
        ("税费服务",), (), "zh", ("md_town", "venue"),
    ),
    Dept(
        "scjg", "岚渠县市场监督管理局", "letter", "full", "cst", 0.4, 0.0, False,
        (), (), "none", ("md_town",),
    ),
    Dept(
        "sthj", "南巴市岚渠生态环境局", "en", "pinyin", "cst", 0.5, 0.0, False,
        ("生态环境",), (), "zh", ("md_town", "none"),
    ),
    Dept(
        "yjgl", "岚渠县应急管理局", "zh", "full", "cst", 0.5, 0.02, False,
        ("安全生产",), (), "zh", ("md_town", "venue"),
    ),
    Dept(
        "tcsw", "岚渠县投资促进和商务局", "en", "en", "utc_ms", 0.4, 0.0, False,
        (), (), "en", ("en", "none"),
    ),
    Dept(
        "czj", "岚渠县财政局", "letter", "full", "cst", 0.5, 0.0, False,
        (), (), "none", ("none", "md_town"),
    ),
    Dept(
        "ybj", "岚渠县医疗保障局", "zh", "short", "cst", 0.3, 0.05, True,
        ("医保",), (), "zh", ("md_town", "dot"),
    ),
    Dept(
        "zjj", "岚渠县住房和城乡建设局", "letter_zh", "full", "cst", 0.5, 0.0, False,
        (), (), "zh", ("md_town", "venue"),
    ),
    Dept(
        "jrzx", "岚渠县金融工作服务中心", "zh", "short", "cst", 0.35, 0.03, False,
        ("金融服务",), (), "zh", ("md_town", "none"),
    ),
    Dept(
        "jkq", "岚渠经济开发区（化工园区）管理委员会", "letter", "pinyin", "cst", 0.5, 0.0,
        False, ("园区",), (), "zh", ("none", "venue"), ("shuanghe", "longtan"),
    ),
    Dept(
        "gsl", "岚渠县工商业联合会", "zh", "nick", "cst_min", 0.3, 0.08, False,
        ("惠企",), (), "zh", ("md_town", "none"),
    ),
    Dept(
        "fxcy", "岚渠县返乡创业服务中心", "letter_zh", "nick", "cst", 0.45, 0.25, True,
        ("返乡创业",), (), "zh", ("md_town", "dot"), ("yongxing",),
    ),
    Dept(
        "tuanxw", "共青团岚渠县委员会", "letter", "short", "cst", 0.4, 0.2, True,
        ("青年",), (), "zh", ("md_town", "none"),
    ),
    Dept(
        "wglj", "岚渠县文化广播电视和旅游局", "zh", "full", "cst", 0.4, 0.02, True,
        (), ("文旅",), "zh", ("md_town",),
    ),
)  # fmt: skip
DEPT_BY_SLUG: dict[str, Dept] = {d.slug: d for d in DEPTS}

# Title templates. Placeholders: {F} formal name, {E} everyday name, {EN} English name,
# {DT} date/town decoration in the department's habit, {DZ} Chinese date·town decoration,
# {DTEN} English decoration, {T} town (department spelling, Chinese), {TEN} town in English,
# {N} series number for (department, policy), {CN} same in Chinese numerals, {SN} department-wide
# series number.
TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "fgj": {
        TRAINING: (
            "关于举办{F}专题培训会的通知",
            "2027年第一季度{F}业务培训{DT}",
            "{F}政策培训班（第{N}期）",
        ),
        PUBLICITY: (
            "关于开展{F}政策解读会的通知",
            "{F}政策解读会{DT}",
            "【政策解读】{F}",
        ),
    },
    "jxkj": {
        TRAINING: (
            "【政策辅导】{F}申报辅导会{DT}",
            "【惠企政策进园区】{F}实操培训第{N}期",
            "{E}——{F}申报培训",
        ),
        PUBLICITY: (
            "【政策辅导】{F}宣讲{DT}",
            "【惠企政策进园区】{F}专场宣讲",
            "【惠企直通车】{E}",
        ),
    },
    "nync": {
        TRAINING: (
            "田坎上的课堂：{E}{DT}",
            "新型职业农民培训·{F}（第{CN}期）",
            "【农技培训】{F}{DT}",
        ),
        PUBLICITY: (
            "送政策下乡·{E}（{T}院坝会）",
            "{T}院坝会：{E}",
            "乡村振兴大讲堂｜{F}宣讲{DT}",
        ),
    },
    "rsj": {
        TRAINING: (
            "【就业技能培训】{F}经办实务培训{DT}",
            "{F}业务培训（第{N}期）",
        ),
        PUBLICITY: (
            "{E}{DT}",
            "春风行动·{E}",
            "【就业服务】{F}宣讲会{DT}",
            "人社政策进万家：{E}",
        ),
    },
    "swj": {
        TRAINING: (
            "【税费讲堂】第{SN}期：{F}实操辅导",
            "{F}辅导{DT}",
            "【纳税人学堂】{F}（{T}专场）",
        ),
        PUBLICITY: (
            "【税费讲堂】第{SN}期：{F}",
            "{F}政策宣讲会{DT}",
            "便民办税春风行动｜{E}",
        ),
    },
    "scjg": {
        TRAINING: (
            "{F}培训会{DT}",
            "经营主体培训：{F}",
            "【市监培训】{F}（第{CN}场）",
        ),
        PUBLICITY: (
            "{F}宣讲会{DT}",
            "{E}——{F}宣传进{T}",
            "【放心消费在岚渠】{E}",
        ),
    },
    "sthj": {
        TRAINING: (
            "关于举办{F}培训班的通知",
            "{F}技术培训{DT}",
            "环保管家进企业·{F}培训",
        ),
        PUBLICITY: (
            "美丽岚渠·{F}政策宣讲{DT}",
            "关于开展{F}宣传活动的通知",
        ),
    },
    "yjgl": {
        TRAINING: (
            "【安全生产】{F}专题培训{DT}",
            "安全发展 警钟长鸣——{F}培训班（第{N}期）",
        ),
        PUBLICITY: (
            "【安全生产】{F}宣讲{DT}",
            "安全宣传“五进”·{E}",
            "人人讲安全 个个会应急｜{E}",
        ),
    },
    "tcsw": {
        TRAINING: (
            "{EN} Workshop{DTEN}",
            "Training Session: {EN} (Session {N})",
            "【招商政策培训】{F}{DZ}",
        ),
        PUBLICITY: (
            "Policy Briefing: {EN}{DTEN}",
            "{EN} — Investor Information Session",
            "Lanqu Invest Talk: {EN}",
        ),
    },
    "czj": {
        TRAINING: (
            "2027年第一季度{F}申报培训",
            "关于{F}管理使用的业务辅导{DT}",
        ),
        PUBLICITY: (
            "2027年第一季度{F}政策解读",
            "财政惠企资金直达·{F}",
        ),
    },
    "ybj": {
        TRAINING: (
            "医保经办实务培训：{F}{DT}",
            "【医保培训】{F}（第{CN}期）",
        ),
        PUBLICITY: (
            "{E}——医保干部来给你摆一摆{DT}",
            "【医保政策进万家】{F}{DT}",
            "医保知识院坝会：{E}",
        ),
    },
    "zjj": {
        TRAINING: (
            "{F}培训会（第{CN}场）{DT}",
            "住建系统{F}业务培训",
        ),
        PUBLICITY: (
            "{F}宣传周{DT}",
            "安居岚渠·{E}",
        ),
    },
    "jrzx": {
        TRAINING: (
            "金融活水润岚渠·{F}业务培训",
            "银企对接培训：{F}{DT}",
        ),
        PUBLICITY: (
            "金融活水润岚渠·{F}宣讲{DT}",
            "金融知识进万家｜{E}",
            "Finance Talk: {EN}",
        ),
    },
    "jkq": {
        TRAINING: (
            "【园区大讲堂】{F}专题培训{DT}",
            "园区企业{F}实操培训（第{N}期）",
        ),
        PUBLICITY: (
            "【园区大讲堂】{F}",
            "项目为王 园区争先｜{F}宣讲",
        ),
    },
    "gsl": {
        TRAINING: (
            "民营企业家培训班：{F}",
            "商会大讲堂·{E}",
        ),
        PUBLICITY: (
            "民营企业家沙龙：{E}",
            "{E}——工商联惠企政策摆龙门阵{DT}",
            "【惠企政策进商会】{F}",
        ),
    },
    "fxcy": {
        TRAINING: (
            "返乡创业夜校·{E}（第{N}期）",
            "创业培训（SYB）专题：{F}{DT}",
        ),
        PUBLICITY: (
            "回来创业，{E}",
            "返乡创业政策赶场宣讲·{E}{DT}",
            "岚归创业汇｜{E}",
        ),
    },
    "tuanxw": {
        TRAINING: (
            "青春助力乡村振兴｜{F}培训",
            "青年实训营：{E}",
        ),
        PUBLICITY: (
            "青春助力乡村振兴｜{E}",
            "青年说政策·{E}{DT}",
        ),
    },
    "wglj": {
        TRAINING: (
            "{F}业务培训{DT}",
            "文旅从业人员培训：{F}",
        ),
        PUBLICITY: (
            "{F}政策宣讲（{T}专场）",
            "文旅惠企·{E}",
        ),
    },
}

# --------------------------------------------------------------------------- policies

AREAS: dict[str, tuple[str, str]] = {
    "pig": ("生猪", "hog farming"),
    "citrus": ("柑橘", "citrus"),
    "pickle": ("榨菜泡菜", "pickled vegetables"),
    "liquor": ("白酒", "baijiu"),
    "gas": ("天然气", "natural gas"),
    "chem": ("化工园区", "chemical park"),
    "returnee": ("返乡创业", "returnee start-ups"),
    "labour": ("劳务输出", "labour export"),
    "employment": ("就业", "employment"),
    "social": ("社保", "social insurance"),
    "medical": ("医保", "medical insurance"),
    "tax": ("税收", "tax"),
    "taxcredit": ("纳税信用", "tax credit"),
    "market": ("市场监管", "market regulation"),
    "food": ("食品安全", "food safety"),
    "safety": ("安全生产", "work safety"),
    "env": ("生态环境", "environment"),
    "industry": ("工业", "industry"),
    "commerce": ("商贸", "commerce"),
    "finance": ("金融", "finance"),
    "construction": ("住建", "construction"),
    "tourism": ("文旅", "tourism"),
    "youth": ("青年", "youth"),
    "rural": ("乡村振兴", "rural revitalization"),
    "machinery": ("农机", "farm machinery"),
    "bizenv": ("营商环境", "business environment"),
    "fraud": ("反诈", "anti-fraud"),
    "brand": ("品牌", "branding"),
}


@dataclass(frozen=True)
class Policy:
    pid: str
    area: str
    formal: str
    everyday: tuple[str, str]
    english: str
    sectors: tuple[str, ...]
    towns: tuple[str, ...]
    depts: tuple[str, ...]
    tags: tuple[str, ...]
    weight: int


def _p(
    pid: str,
    area: str,
    formal: str,
    everyday: tuple[str, str],
    english: str,
    sectors: str,
    towns: tuple[str, ...],
    depts: tuple[str, ...],
    tags: tuple[str, ...],
    weight: int,
) -> Policy:
    return Policy(pid, area, formal, everyday, english, tuple(sectors), towns, depts, tags, weight)


POLICIES: tuple[Policy, ...] = (
    # pigs
    _p("PIG01", "pig", "生猪稳产保供能繁母猪补贴", ("养母猪有补贴", "母猪补助咋个领？"),
       "Breeding Sow Subsidy (Hog Supply Stabilization)", "A", PIG, ("nync", "czj"),
       ("生猪", "补贴"), 5),
    _p("PIG02", "pig", "生猪稳产保供调出大县奖励资金", ("卖猪出县有奖励", "调猪奖励钱咋分？"),
       "Award Funds for Major Pig-Exporting Counties", "A", PIG, ("nync", "czj", "fgj"),
       ("生猪", "奖补"), 4),
    _p("PIG03", "pig", "生猪政策性保险", ("猪儿遭瘟了保险赔好多？", "养猪买保险"),
       "Policy-Based Hog Insurance", "A", PIG, ("nync", "jrzx", "czj"),
       ("生猪", "农业保险"), 5),
    _p("PIG04", "pig", "畜禽养殖废弃物资源化利用", ("猪粪水咋个处理？", "粪污还田"),
       "Livestock Manure Resource Utilization", "A", PIG, ("nync", "sthj"),
       ("粪污", "环保"), 5),
    _p("PIG05", "pig", "非洲猪瘟等重大动物疫病防控", ("防猪瘟", "猪儿打针消毒"),
       "African Swine Fever Prevention and Control", "A", PIG, ("nync",),
       ("动物防疫",), 4),
    # citrus
    _p("CIT01", "citrus", "柑橘现代农业园区建设补助", ("柑子园建园补钱", "种柑橘有啥子补贴？"),
       "Citrus Modern Agricultural Park Subsidy", "A", CITRUS, ("nync", "fgj"),
       ("柑橘", "园区建设"), 5),
    _p("CIT02", "citrus", "柑橘黄龙病绿色防控", ("柑子黄龙病咋个防？", "果树打药指导"),
       "Citrus Huanglongbing Green Control", "A", CITRUS, ("nync",),
       ("柑橘", "植保"), 5),
    _p("CIT03", "citrus", "农产品产地冷藏保鲜设施建设补助", ("修冻库补钱", "柑子保鲜库补贴"),
       "Subsidy for On-Farm Cold Storage Facilities", "AF", CITRUS, ("nync", "tcsw"),
       ("冷链", "补贴"), 4),
    _p("CIT04", "citrus", "岚渠柑橘地理标志保护与使用", ("岚渠柑子的牌子咋个用？", "地标柑橘"),
       "Lanqu Citrus Geographical Indication", "ACF", CITRUS, ("scjg", "nync"),
       ("地理标志", "柑橘"), 3),
    # pickled vegetables
    _p("PKL01", "pickle", "青菜头收购保护价", ("青菜头好多钱一斤？", "菜头保底收购"),
       "Mustard Tuber Minimum Purchase Price", "AC", PICKLE, ("nync", "fgj"),
       ("榨菜", "收购"), 4),
    _p("PKL02", "pickle", "酱腌菜生产许可审查细则", ("做泡菜要办啥子证？", "泡菜坛坛办SC"),
       "Pickled Vegetable Production Licensing Rules", "C", PICKLE, ("scjg",),
       ("食品生产许可", "泡菜"), 4),
    _p("PKL03", "pickle", "榨菜腌制废水治理", ("泡菜盐水咋个排？", "腌菜池废水"),
       "Pickling Brine Wastewater Treatment", "C", PICKLE, ("sthj", "jxkj"),
       ("废水", "榨菜"), 4),
    _p("PKL04", "pickle", "食品小作坊登记管理办法", ("屋头做泡菜卖要登记不？", "小作坊登记"),
       "Registration of Small Food Workshops", "CF", PICKLE, ("scjg",),
       ("小作坊", "食品安全"), 3),
    # liquor
    _p("LIQ01", "liquor", "白酒消费税政策", ("酒厂消费税咋个算？", "卖酒交的税"),
       "Baijiu Consumption Tax", "C", LIQUOR, ("swj",), ("白酒", "消费税"), 4),
    _p("LIQ02", "liquor", "白酒企业增值税留抵退税", ("酒厂退税", "留抵退税酒企专场"),
       "VAT Credit Refund for Baijiu Makers", "C", LIQUOR, ("swj", "czj"),
       ("白酒", "留抵退税"), 4),
    _p("LIQ03", "liquor", "白酒生产企业质量安全提升行动", ("烤酒要讲质量", "酒厂质量大体检"),
       "Baijiu Quality and Safety Campaign", "C", LIQUOR, ("scjg", "jxkj"),
       ("白酒", "质量"), 3),
    _p("LIQ04", "liquor", "窖池有限空间作业安全", ("下窖池莫大意", "进酒窖要通风"),
       "Confined Space Safety in Cellars and Pickling Pits", "C",
       ("qushui", "lancheng", "linjiang"), ("yjgl",), ("有限空间", "安全生产"), 3),
    # natural gas
    _p("GAS01", "gas", "天然气开采企业安全生产标准化", ("气井安全", "气矿安全达标"),
       "Safety Standardization for Gas Extraction", "B", GAS, ("yjgl", "jkq"),
       ("天然气", "安全生产"), 4),
    _p("GAS02", "gas", "石油天然气管道保护法", ("地下有气管莫乱挖", "管道保护"),
       "Oil and Gas Pipeline Protection Law", "BDE", GAS, ("fgj", "yjgl"),
       ("管道保护", "普法"), 4),
    _p("GAS03", "gas", "城镇燃气安全专项整治", ("用气安全", "餐馆用气要注意啥？"),
       "Urban Gas Safety Special Rectification", "DHK", COUNTY, ("zjj", "yjgl", "scjg"),
       ("燃气安全",), 5),
    _p("GAS04", "gas", "天然气资源就地转化利用扶持政策", ("用本地气办厂有啥子优惠？", "气价优惠"),
       "Support for Local Conversion of Natural Gas", "CD", GAS, ("fgj", "tcsw", "jkq"),
       ("天然气", "招商"), 3),
    # chemical park
    _p("CHM01", "chem", "化工园区危险化学品安全风险管控", ("危化品咋个管？", "园区危化安全"),
       "Hazardous Chemicals Risk Control in Chemical Parks", "CG", CHEM, ("jkq", "yjgl"),
       ("危化品", "安全生产"), 5),
    _p("CHM02", "chem", "排污许可证申领与执行报告", ("排污证咋个办？", "排污许可"),
       "Pollutant Discharge Permit Application", "CD",
       ("shuanghe", "longtan", "qushui", "linjiang"), ("sthj", "jkq"), ("排污许可",), 4),
    _p("CHM03", "chem", "化工企业搬迁入园扶持", ("化工厂搬进园区有补助不？", "入园补贴"),
       "Support for Relocating Chemical Firms into the Park", "C", CHEM,
       ("jkq", "jxkj", "fgj"), ("入园", "化工"), 3),
    # returnee start-ups
    _p("RET01", "returnee", "返乡入乡创业一次性创业补贴", ("回来创业补好多钱？", "打工回来开店有补助"),
       "One-off Start-up Grant for Returnees", "", COUNTY, ("fxcy", "rsj", "tuanxw"),
       ("返乡创业", "创业补贴"), 7),
    _p("RET02", "returnee", "返乡创业园区场租补贴", ("园区房租补贴", "在创业园租房子补不补？"),
       "Start-up Park Rent Subsidy", "CFIL", ("yongxing", "lancheng"), ("fxcy", "jkq"),
       ("返乡创业", "场租"), 4),
    _p("RET03", "returnee", "创业担保贷款及贴息", ("创业贷款免利息", "贷款贴息咋个申请？"),
       "Guaranteed Start-up Loans with Interest Subsidy", "", COUNTY,
       ("rsj", "jrzx", "fxcy", "tuanxw"), ("创业贷款", "贴息"), 6),
    _p("RET04", "returnee", "返乡创业示范项目评选", ("创业明星评选", "评上示范有奖金"),
       "Returnee Entrepreneurship Demonstration Projects", "", STARTUP, ("fxcy", "gsl"),
       ("返乡创业", "评选"), 3),
    # labour export
    _p("LAB01", "labour", "外出务工一次性交通补助", ("出去打工报车费", "务工路费补贴"),
       "Travel Subsidy for Migrant Workers", "", LABOUR, ("rsj",), ("劳务输出",), 4),
    _p("LAB02", "labour", "“岚渠川厨”劳务品牌培育", ("学厨师出去挣钱", "川厨培训"),
       "Lanqu Sichuan Chef Labour Brand", "H", COUNTY, ("rsj", "fxcy"),
       ("劳务品牌", "技能培训"), 3),
    _p("LAB03", "labour", "保障农民工工资支付条例", ("工钱拿不到咋办？", "讨薪维权"),
       "Regulations on Guaranteeing Wage Payment to Migrant Workers", "E", COUNTY,
       ("rsj", "zjj"), ("根治欠薪",), 5),
    _p("LAB04", "labour", "东西部劳务协作定向输出", ("去浙江进厂", "跨省就业直通车"),
       "East-West Labour Cooperation Placement", "C", LABOUR, ("rsj",),
       ("劳务协作",), 3),
    # employment
    _p("EMP01", "employment", "企业吸纳脱贫劳动力就业补贴", ("招一个本地人能补多少钱？", "招人补贴"),
       "Subsidy for Hiring Local Rural Labourers", "", COUNTY, ("rsj", "gsl", "jxkj"),
       ("援企稳岗", "就业补贴"), 6),
    _p("EMP02", "employment", "失业保险稳岗返还", ("稳岗返还", "失业保险返钱"),
       "Unemployment Insurance Job-Retention Refund", "", COUNTY, ("rsj", "gsl"),
       ("援企稳岗", "失业保险"), 4),
    _p("EMP03", "employment", "职业技能提升行动补贴", ("考证补钱", "学手艺还有补贴"),
       "Vocational Skills Upgrade Subsidy", "", COUNTY, ("rsj", "fxcy"),
       ("技能培训",), 5),
    _p("EMP04", "employment", "高校毕业生就业见习补贴", ("见习补贴", "大学生来实习有补助"),
       "Graduate Internship Subsidy", "", COUNTY, ("rsj", "tuanxw"), ("就业见习",), 4),
    _p("EMP05", "employment", "以工代赈项目劳务报酬发放", ("家门口做工挣钱", "以工代赈"),
       "Work-Relief Programme Wages", "EN", ("qingping", "guanyin", "baihe", "huilong"),
       ("fgj",), ("以工代赈",), 3),
    # social insurance
    _p("SOC01", "social", "城乡居民基本养老保险缴费档次", ("养老保险咋个交划算？", "农村养老保险"),
       "Urban-Rural Residents' Basic Pension Contributions", "", COUNTY, ("rsj",),
       ("养老保险",), 6),
    _p("SOC02", "social", "灵活就业人员参加职工养老保险", ("打零工咋个交社保？", "跑外卖交社保"),
       "Pension Insurance for Flexible Workers", "GHO", COUNTY, ("rsj", "swj"),
       ("养老保险", "灵活就业"), 4),
    _p("SOC03", "social", "工伤保险按项目参保", ("工地受伤哪个赔？", "工伤保险"),
       "Project-Based Work Injury Insurance for Construction", "E", COUNTY, ("rsj", "zjj"),
       ("工伤保险",), 3),
    # medical insurance
    _p("MED01", "medical", "2027年度城乡居民医保集中参保缴费", ("医保费交了没得？", "交医保"),
       "2027 Residents' Medical Insurance Enrolment", "", COUNTY, ("ybj", "swj"),
       ("医保缴费",), 5),
    _p("MED02", "medical", "异地就医直接结算备案", ("在外地看病咋报销？", "外地住院报账"),
       "Cross-Region Medical Bill Settlement Filing", "", LABOUR, ("ybj",),
       ("异地就医",), 4),
    _p("MED03", "medical", "医保基金监管打击欺诈骗保", ("莫拿医保卡换东西", "骗保要坐牢"),
       "Crackdown on Medical Insurance Fraud", "FQ", COUNTY, ("ybj",),
       ("基金监管",), 4),
    _p("MED04", "medical", "门诊慢特病待遇认定", ("慢性病咋个报？", "高血压糖尿病报销"),
       "Outpatient Chronic and Special Disease Benefits", "", COUNTY, ("ybj",),
       ("慢特病",), 3),
    # tax
    _p("TAX01", "tax", "个人所得税综合所得年度汇算", ("个税退税", "今年个税能退好多？"),
       "Individual Income Tax Annual Reconciliation", "", COUNTY, ("swj",), ("个税",), 6),
    _p("TAX02", "tax", "小规模纳税人增值税减免政策", ("小老板免不免税？", "月销10万以下免税"),
       "VAT Relief for Small-Scale Taxpayers", "FHO", COUNTY, ("swj", "gsl"),
       ("增值税",), 5),
    _p("TAX03", "tax", "研发费用税前加计扣除", ("搞研发多扣税", "研发加计"),
       "R&D Expense Super Deduction", "CIM", COUNTY, ("swj", "jxkj"),
       ("研发", "企业所得税"), 4),
    _p("TAX06", "tax", "农产品增值税进项税额核定扣除", ("收菜头收柑子的票咋个抵？", "农产品核定扣除"),
       "Deemed Input VAT Deduction for Farm Produce", "C", COUNTY, ("swj",),
       ("增值税", "农产品"), 3),
    _p("TAX07", "tax", "天然气资源税政策", ("气田资源税", "采气交的税"),
       "Resource Tax on Natural Gas", "B", GAS, ("swj",), ("资源税",), 3),
    _p("TAX04", "taxcredit", "纳税信用评价", ("纳税信用评级", "咋个评上A级纳税人？"),
       "Tax Credit Rating", "", COUNTY, ("swj",), ("纳税信用",), 4),
    _p("TAX05", "taxcredit", "纳税信用修复", ("纳税信用扣了分咋补救？", "税务信用修复"),
       "Tax Credit Repair", "", COUNTY, ("swj",), ("纳税信用", "信用修复"), 3),
    # market regulation
    _p("MKT01", "market", "经营主体信用修复", ("企业上了异常名录咋办？", "移出异常"),
       "Business Entity Credit Restoration", "", COUNTY, ("scjg", "fgj"),
       ("信用修复",), 4),
    _p("MKT02", "market", "2026年度企业年度报告公示", ("年报咋个报？", "企业年报"),
       "2026 Enterprise Annual Report Filing", "", COUNTY, ("scjg",), ("年报",), 5),
    _p("MKT04", "market", "民用计量器具强制检定", ("秤准不准？", "菜市场秤检定"),
       "Compulsory Verification of Trade Scales", "F", COUNTY, ("scjg",), ("计量",), 3),
    _p("MKT05", "market", "放心消费创建与消费维权", ("买到假货咋办？", "放心消费"),
       "Trusted Consumption and Consumer Rights", "FH", COUNTY, ("scjg", "tcsw"),
       ("消费维权",), 3),
    _p("MKT03", "food", "食品安全“两个责任”落实", ("食品安全包保", "开饭馆的责任"),
       "Dual Food Safety Responsibilities", "CFH", COUNTY, ("scjg",), ("食品安全",), 4),
    # safety
    _p("SAF01", "safety", "安全生产治本攻坚三年行动", ("安全大检查", "隐患自查自改"),
       "Three-Year Root-Cause Work Safety Campaign", "", COUNTY,
       ("yjgl", "jkq", "zjj", "jxkj"), ("治本攻坚",), 7),
    _p("SAF02", "safety", "“九小场所”消防安全", ("小店小作坊防火", "电瓶车莫进屋"),
       "Fire Safety for Small Premises", "FHO", COUNTY, ("yjgl",), ("消防",), 4),
    _p("SAF04", "safety", "汛期地质灾害防范", ("落大雨莫在坡底下住", "地灾避险"),
       "Flood-Season Geological Hazard Prevention", "", COUNTY, ("yjgl", "nync"),
       ("防灾减灾",), 3),
    # environment
    _p("ENV01", "env", "秸秆禁烧与综合利用", ("莫烧秸秆", "田头的草莫点火"),
       "Straw Burning Ban and Utilization", "A", COUNTY, ("sthj", "nync"),
       ("秸秆禁烧",), 4),
    _p("ENV02", "env", "建设项目环境影响评价", ("建厂要做环评", "环评咋个办？"),
       "Environmental Impact Assessment", "BCDE", COUNTY, ("sthj",), ("环评",), 3),
    _p("ENV03", "env", "长江流域重点水域禁渔", ("莫下河打鱼", "十年禁渔"),
       "Yangtze Basin Fishing Ban", "A", ("linjiang", "shuanghe", "qushui"), ("nync",),
       ("禁渔",), 3),
    # industry
    _p("IND01", "industry", "工业企业技术改造专项资金", ("设备换新补钱", "技改资金"),
       "Industrial Technical Renovation Fund", "C", COUNTY, ("jxkj", "czj"), ("技改",), 5),
    _p("IND02", "industry", "专精特新中小企业培育", ("小巨人", "专精特新咋个评？"),
       "Specialized and Sophisticated SME Cultivation", "CIM", COUNTY, ("jxkj", "gsl"),
       ("专精特新",), 4),
    _p("IND03", "industry", "小微企业升规入统奖励", ("小升规奖励", "做大了有奖"),
       "Award for Firms Scaling Up to Above-Designated Size", "CFH", COUNTY,
       ("jxkj", "tcsw", "czj"), ("小升规",), 4),
    # commerce
    _p("COM01", "commerce", "电子商务进农村综合示范", ("网上卖柑子", "直播带货"),
       "E-Commerce into Rural Areas", "AFI", COUNTY, ("tcsw", "nync", "tuanxw"),
       ("电商",), 5),
    _p("COM02", "commerce", "消费品以旧换新", ("旧家电换新补钱", "换新车补贴"),
       "Consumer Goods Trade-in Programme", "F", COUNTY, ("tcsw",), ("以旧换新",), 4),
    _p("COM03", "commerce", "招商引资优惠政策若干措施", ("来岚渠投资有啥子优惠？", "落户奖励"),
       "Investment Incentive Measures", "CDL", COUNTY, ("tcsw", "fgj", "jkq"),
       ("招商引资",), 5),
    _p("COM04", "commerce", "出口信用保险保费补助", ("出口保险补贴", "泡菜出口保险"),
       "Export Credit Insurance Premium Subsidy", "CF", COUNTY, ("tcsw", "jrzx"),
       ("外贸",), 3),
    # finance
    _p("FIN01", "finance", "普惠小微企业贷款“贷动岚渠”", ("小微企业贷款", "找银行借钱"),
       "Inclusive Micro and Small Enterprise Loans", "", COUNTY, ("jrzx", "gsl"),
       ("普惠金融",), 4),
    _p("FIN02", "finance", "防范和处置非法集资宣传", ("莫信高息", "养老骗局"),
       "Illegal Fundraising Prevention Campaign", "", COUNTY, ("jrzx", "scjg"),
       ("防非",), 5),
    _p("FIN03", "finance", "农业信贷担保", ("养猪种果贷款担保", "农担贷款"),
       "Agricultural Credit Guarantee", "A", COUNTY, ("jrzx", "nync"), ("农业信贷",), 3),
    _p("FIN04", "finance", "政府性融资担保降费奖补", ("担保费降了", "担保费补贴"),
       "Government Financing Guarantee Fee Subsidy", "", COUNTY, ("jrzx", "czj"),
       ("融资担保",), 3),
    # construction
    _p("CON01", "construction", "农村自建房质量安全", ("修房子要报批不？", "农房安全"),
       "Rural Self-Built Housing Safety", "E", COUNTY, ("zjj",), ("农房",), 4),
    _p("CON02", "construction", "城镇老旧小区改造", ("老小区改造", "加装电梯补贴"),
       "Urban Old Residential Compound Renovation", "EK", ("lancheng",), ("zjj",),
       ("老旧小区",), 3),
    _p("CON03", "construction", "建筑工人实名制管理", ("工地实名登记", "打卡发工资"),
       "Real-Name Management of Construction Workers", "E", COUNTY, ("zjj", "rsj"),
       ("实名制",), 3),
    # tourism
    _p("TOU01", "tourism", "乡村民宿提档升级补助", ("开农家乐有补贴", "民宿补钱"),
       "Rural Homestay Upgrade Subsidy", "H", CITRUS, ("wglj", "fxcy"), ("民宿",), 5),
    _p("TOU02", "tourism", "A级旅游景区创建奖励", ("评上A级景区有奖", "景区创A"),
       "Award for A-Level Scenic Area Creation", "HR", ("ganlin", "baihe", "longtan"),
       ("wglj",), ("景区",), 3),
    _p("TOU03", "tourism", "“柑橘花开”乡村文旅消费季", ("赏花季", "柑橘花节活动"),
       "Citrus Blossom Rural Tourism Season", "FHR", CITRUS, ("wglj", "tcsw"),
       ("文旅消费",), 3),
    # youth
    _p("YTH01", "youth", "青年创业“青创贷”", ("年轻人创业贷款", "青创贷"),
       "Youth Entrepreneurship Loans", "", COUNTY, ("tuanxw", "jrzx"), ("青年创业",), 3),
    # rural revitalization
    _p("RUR01", "rural", "防止返贫动态监测和帮扶", ("防返贫", "家里出了困难咋个办？"),
       "Monitoring and Assistance to Prevent Return to Poverty", "", COUNTY, ("nync",),
       ("防返贫",), 4),
    _p("RUR02", "rural", "高标准农田建设", ("改田改土", "高标准农田"),
       "High-Standard Farmland Construction", "A", COUNTY, ("nync", "czj"), ("农田",), 3),
    _p("RUR03", "rural", "耕地保护“非农化”“非粮化”整治", ("莫在田头修房子", "耕地莫撂荒"),
       "Farmland Protection", "A", COUNTY, ("nync",), ("耕地保护",), 3),
    _p("RUR04", "machinery", "农机购置与应用补贴", ("买农机补钱", "买微耕机有补贴"),
       "Farm Machinery Purchase Subsidy", "A", COUNTY, ("nync",), ("农机",), 4),
    _p("RUR05", "machinery", "农机报废更新补贴", ("旧农机报废补钱", "老农机换新"),
       "Farm Machinery Scrapping Subsidy", "A", COUNTY, ("nync",), ("农机",), 3),
    # business environment
    _p("BIZ01", "bizenv", "优化营商环境条例", ("营商环境", "办事不求人"),
       "Regulations on Optimizing the Business Environment", "", COUNTY, ("fgj", "gsl"),
       ("营商环境",), 4),
    _p("BIZ02", "bizenv", "惠企政策“免申即享”", ("不申请就能拿补贴", "免申即享"),
       "Benefits Without Application", "", COUNTY, ("fgj", "czj", "jxkj"),
       ("免申即享",), 4),
    _p("BIZ03", "bizenv", "政府采购支持中小企业", ("政府采购咋个接单？", "中小企业预留份额"),
       "Government Procurement for SMEs", "", COUNTY, ("czj",), ("政府采购",), 3),
    # misc
    _p("LAW02", "fraud", "反电信网络诈骗", ("莫接陌生电话", "刷单就是诈骗"),
       "Anti-Telecom Fraud", "", COUNTY, ("jrzx", "tuanxw"), ("反诈",), 4),
    _p("IPR01", "brand", "“岚渠好物”区域公用品牌", ("岚渠好物", "注册商标"),
       "Regional Public Brand Lanqu Goods", "ACF", COUNTY, ("scjg", "nync", "tcsw"),
       ("品牌",), 3),
)  # fmt: skip
POLICY_BY_ID: dict[str, Policy] = {p.pid: p for p in POLICIES}

# --------------------------------------------------------------------------- sessions


@dataclass
class Sess:
    seq: int
    dept: str
    kind: str
    pid: str
    start: datetime
    end: datetime
    sectors: tuple[str, ...]
    towns: tuple[str, ...]
    hosts: tuple[str, ...]
    cancelled: bool = False
    title: str | None = None  # template override
    locked: bool = False  # scenario session: not randomly cancelled


WORKDAYS: tuple[int, ...] = tuple(d for d in range(1, 32) if date(YEAR, MONTH, d).weekday() < 5)
SATURDAYS: tuple[int, ...] = tuple(d for d in range(1, 32) if date(YEAR, MONTH, d).weekday() == 5)
CN_DIGITS = "零一二三四五六七八九"


def _cn(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else CN_DIGITS[tens]
    return head + "十" + (CN_DIGITS[ones] if ones else "")


def _at(day: int, hh: int, mm: int) -> datetime:
    return datetime(YEAR, MONTH, day, hh, mm, tzinfo=CST)


class Builder:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.sessions: list[Sess] = []

    def add(
        self,
        dept: str,
        kind: str,
        pid: str,
        start: datetime,
        minutes: int,
        sectors: str | tuple[str, ...],
        towns: tuple[str, ...],
        cohosts: tuple[str, ...] = (),
        cancelled: bool = False,
        title: str | None = None,
        locked: bool = True,
        end: datetime | None = None,
    ) -> Sess:
        s = Sess(
            seq=len(self.sessions),
            dept=dept,
            kind=kind,
            pid=pid,
            start=start,
            end=end if end is not None else start + timedelta(minutes=minutes),
            sectors=tuple(sorted(sectors)),
            towns=towns,
            hosts=(dept, *cohosts),
            cancelled=cancelled,
            title=title,
            locked=locked,
        )
        self.sessions.append(s)
        return s

    # ---------------------------------------------------------------- random month

    def _slot(self, d: Dept, kind: str, day: int) -> tuple[datetime, int]:
        rng = self.rng
        if rng.random() < d.evening_share:
            hh, mm = rng.choice(((19, 0), (19, 30), (20, 0)))
            return _at(day, hh, mm), rng.choice((90, 120))
        if kind == TRAINING and rng.random() < 0.15:
            return _at(day, 9, 0), 480
        if rng.random() < 0.55:
            hh, mm = rng.choice(((9, 0), (9, 30), (10, 0)))
        else:
            hh, mm = rng.choice(((14, 0), (14, 30), (15, 0)))
        minutes = rng.choice((120, 150, 180)) if kind == TRAINING else rng.choice((60, 90, 120))
        return _at(day, hh, mm), minutes

    def _day(self, d: Dept, focus: int) -> int:
        rng = self.rng
        if d.saturday_ok and rng.random() < 0.12:
            return rng.choice(SATURDAYS)
        if rng.random() < 0.5:
            near = [x for x in WORKDAYS if abs(x - focus) <= 6]
            return rng.choice(near)
        return rng.choice(WORKDAYS)

    def _audience(self, p: Policy, d: Dept) -> tuple[tuple[str, ...], tuple[str, ...]]:
        rng = self.rng
        if p.sectors:
            r = rng.random()
            if r < 0.6:
                sectors: tuple[str, ...] = p.sectors
            elif r < 0.9:
                sectors = (rng.choice(p.sectors),)
            else:
                sectors = ()
        elif rng.random() < 0.2:
            sectors = (rng.choice(("A", "C", "E", "F", "H")),)
        else:
            sectors = ()
        if p.towns:
            r = rng.random()
            if r < 0.5 or len(p.towns) == 1:
                towns: tuple[str, ...] = (rng.choice(p.towns),)
            elif r < 0.8:
                towns = p.towns
            else:
                towns = tuple(rng.sample(p.towns, 2))
        elif d.home_towns and rng.random() < 0.6:
            towns = (rng.choice(d.home_towns),)
        else:
            r = rng.random()
            if r < 0.35:
                towns = ()
            elif r < 0.9:
                towns = (rng.choice(TOWN_IDS),)
            else:
                towns = tuple(rng.sample(TOWN_IDS, 2))
        return sectors, towns

    def random_month(self) -> None:
        rng = self.rng
        for p in POLICIES:
            focus = rng.choice(WORKDAYS)
            count = max(1, p.weight + rng.randint(-1, 1))
            for _ in range(count):
                if len(p.depts) == 1 or rng.random() < 0.5:
                    slug = p.depts[0]
                else:
                    slug = rng.choice(p.depts[1:])
                d = DEPT_BY_SLUG[slug]
                kind = TRAINING if rng.random() < d.training_share else PUBLICITY
                day = self._day(d, focus)
                start, minutes = self._slot(d, kind, day)
                sectors, towns = self._audience(p, d)
                cohosts: list[str] = []
                others = [x for x in p.depts if x != slug]
                r = rng.random()
                if r < 0.2:
                    pool = others or [x for x in ("fgj", "czj", "gsl") if x != slug]
                    cohosts.append(rng.choice(pool))
                    if r < 0.04:
                        rest = [x for x in ("fgj", "czj", "gsl", "rsj") if x not in cohosts]
                        rest = [x for x in rest if x != slug]
                        cohosts.append(rng.choice(rest))
                self.add(
                    slug,
                    kind,
                    p.pid,
                    start,
                    minutes,
                    sectors,
                    towns,
                    tuple(cohosts),
                    locked=False,
                )

    # ---------------------------------------------------------------- hard cases

    def scenarios(self) -> None:
        a = self.add
        tour = (
            (4, "jinya"),
            (11, "qinggang"),
            (17, "guanyin"),
            (17, "baihe"),
            (23, "linjiang"),
            (25, "huilong"),
        )
        # Pension tour: one town a stop; two stops share 3/17 09:30 in different towns.
        for i, (day, tid) in enumerate(tour, start=1):
            t = TOWN_BY_ID[tid]
            a(
                "rsj", PUBLICITY, "SOC01", _at(day, 9, 30), 120, "", (tid,),
                title=f"城乡居民养老保险政策巡回宣讲第{_cn(i)}场（3月{day}日·{t.short}）",
            )  # fmt: skip
        # Twin titles on 3/9 09:30: same town -> CONFLICT; other town -> nothing.
        a("rsj", PUBLICITY, "SOC01", _at(9, 9, 30), 120, "", ("ganlin",),
          title="养老保险宣讲会（3月9日·柑林镇）")  # fmt: skip
        a("swj", PUBLICITY, "TAX01", _at(9, 9, 30), 120, "", ("ganlin",),
          title="个税政策宣讲会（3月9日·柑林镇）")  # fmt: skip
        a("rsj", PUBLICITY, "SOC01", _at(9, 9, 30), 120, "", ("baihe",),
          title="养老保险宣讲会（3月9日·白鹤镇）")  # fmt: skip
        # Same hour, same town, disjoint sectors; an all-sector session hits both.
        a("swj", TRAINING, "LIQ01", _at(16, 14, 30), 120, "C", ("qushui",),
          title="【纳税人学堂】白酒消费税政策（曲水镇专场）")  # fmt: skip
        a("nync", PUBLICITY, "PIG03", _at(16, 14, 30), 120, "A", ("qushui",),
          title="{T}院坝会：猪儿遭瘟了保险赔好多？")  # fmt: skip
        a("scjg", PUBLICITY, "MKT02", _at(16, 15, 0), 60, "", ("qushui",),
          title="2026年度企业年度报告公示宣讲会（3月16日·曲水镇）")  # fmt: skip
        # Sibling tax on the same industry next day, same town: not REDUNDANT.
        a("swj", TRAINING, "LIQ02", _at(17, 9, 30), 120, "C", ("qushui",),
          title="【纳税人学堂】白酒企业增值税留抵退税（曲水镇专场）")  # fmt: skip
        # Spelling-crossed meeting: old township name vs pinyin; Chinese vs English A.
        a("sthj", PUBLICITY, "ENV01", _at(18, 9, 30), 90, "A", ("qinggang",))
        a("nync", PUBLICITY, "RUR03", _at(18, 10, 0), 90, "A", ("qinggang",),
          title="{T}院坝会：莫在田头修房子")  # fmt: skip
        a("nync", PUBLICITY, "ENV01", _at(24, 19, 30), 90, "A", ("qinggang",),
          title="{T}院坝会：田头的草莫点火")  # fmt: skip
        # Siblings of one pig programme, alike titles, consecutive days.
        a("nync", PUBLICITY, "PIG01", _at(18, 14, 30), 90, "A", ("qinggang",),
          title="乡村振兴大讲堂｜生猪稳产保供能繁母猪补贴宣讲{DT}")  # fmt: skip
        a("czj", PUBLICITY, "PIG02", _at(19, 14, 30), 90, "A", ("qinggang",),
          title="2027年第一季度生猪稳产保供调出大县奖励资金政策解读")  # fmt: skip
        # UTC: 01:30Z overlaps a +08:00 09:00 session; 09:30Z is 17:30 local.
        a("jkq", TRAINING, "CHM03", _at(11, 9, 0), 120, "C", ("shuanghe",),
          title="【园区大讲堂】化工企业搬迁入园扶持专题培训")  # fmt: skip
        a("tcsw", PUBLICITY, "COM03", _at(11, 9, 30), 90, "CD", ("shuanghe",))
        a("tcsw", PUBLICITY, "COM04", _at(11, 17, 30), 90, "C", ("shuanghe",),
          title="{EN} — Investor Information Session")  # fmt: skip
        # Two-day training overlapping the 3/11 morning in the park.
        a("yjgl", TRAINING, "CHM01", _at(10, 9, 0), 0, "CG", ("shuanghe",),
          end=_at(11, 17, 0),
          title="【安全生产】化工园区危险化学品安全风险管控专题培训班（3月10日—11日·双河镇）")  # fmt: skip
        # Touching: 14:30-16:00 and 16:00-17:30, same sector, county-wide.
        a("jxkj", TRAINING, "IND02", _at(22, 14, 30), 90, "C", (),
          title="【政策辅导】专精特新中小企业培育申报辅导会")  # fmt: skip
        a("swj", TRAINING, "TAX03", _at(22, 16, 0), 90, "CIM", (),
          title="【税费讲堂】第{SN}期：研发费用税前加计扣除实操辅导")  # fmt: skip
        # One policy, three departments, three wordings (REDUNDANT x3) + a TRAINING.
        a("fxcy", PUBLICITY, "RET01", _at(3, 19, 30), 90, "", ("yongxing",),
          title="回来创业补好多钱？（3月3日·{T}）")  # fmt: skip
        a("rsj", PUBLICITY, "RET01", _at(10, 9, 30), 90, "", ("yongxing",),
          title="【就业服务】返乡入乡创业一次性创业补贴宣讲会（3月10日·永兴）")  # fmt: skip
        a("tcsw", PUBLICITY, "RET01", _at(15, 10, 0), 90, "", (),
          title="Policy Briefing: One-off Start-up Grant for Returnees")  # fmt: skip
        a("tuanxw", TRAINING, "RET01", _at(12, 14, 30), 120, "", ("yongxing",),
          title="青春助力乡村振兴｜返乡入乡创业一次性创业补贴培训")  # fmt: skip
        # 14-day boundary: exactly 14 days apart is REDUNDANT; 14 days + 5 h is not.
        a("swj", PUBLICITY, "TAX02", _at(2, 9, 30), 90, "FHO", (),
          title="【税费讲堂】第{SN}期：小规模纳税人增值税减免政策")  # fmt: skip
        a("gsl", PUBLICITY, "TAX02", _at(16, 9, 30), 90, "FH", (),
          title="小老板免不免税？——工商联惠企政策摆龙门阵")  # fmt: skip
        a("gsl", PUBLICITY, "TAX02", _at(16, 14, 30), 90, "F", ("lancheng",),
          title="民营企业家沙龙：月销10万以下免税")  # fmt: skip
        # Rating vs repair (same office, same kind); another office's repair.
        a("swj", TRAINING, "TAX04", _at(24, 14, 30), 120, "", (),
          title="【税费讲堂】第{SN}期：纳税信用评价实操辅导")  # fmt: skip
        a("swj", TRAINING, "TAX05", _at(26, 14, 30), 120, "", (),
          title="【税费讲堂】第{SN}期：纳税信用修复实操辅导")  # fmt: skip
        a("scjg", TRAINING, "MKT01", _at(25, 9, 30), 120, "", (),
          title="经营主体信用修复培训会")  # fmt: skip
        # Two subsidies of one programme (援企稳岗).
        a("rsj", PUBLICITY, "EMP01", _at(8, 9, 30), 90, "", ("jinya",),
          title="招一个本地人能补多少钱？（3月8日·金垭）")  # fmt: skip
        a("gsl", PUBLICITY, "EMP02", _at(10, 15, 0), 90, "", ("jinya",),
          title="稳岗返还——工商联惠企政策摆龙门阵（3月10日·{T}）")  # fmt: skip
        a("jxkj", PUBLICITY, "EMP01", _at(12, 9, 30), 90, "", (),
          title="【惠企直通车】企业吸纳脱贫劳动力就业补贴")  # fmt: skip
        # Farm machinery purchase vs scrapping, same town.
        a("nync", PUBLICITY, "RUR04", _at(5, 9, 30), 90, "A", ("shilong",),
          title="送政策下乡·买农机补钱（{T}院坝会）")  # fmt: skip
        a("nync", PUBLICITY, "RUR05", _at(8, 9, 30), 90, "A", ("shilong",),
          title="送政策下乡·旧农机报废补钱（{T}院坝会）")  # fmt: skip
        # Cancelled, then re-posted with an identical title a week later.
        a("zjj", PUBLICITY, "CON01", _at(12, 9, 30), 120, "E", ("guanyin",),
          cancelled=True, title="农村自建房质量安全宣传（观音镇专场）")  # fmt: skip
        a("zjj", PUBLICITY, "CON01", _at(19, 9, 30), 120, "E", ("guanyin",),
          title="农村自建房质量安全宣传（观音镇专场）")  # fmt: skip
        # Generic titles: same policy REDUNDANT, different policy not.
        a("fgj", PUBLICITY, "BIZ02", _at(23, 9, 30), 90, "", ("lancheng",),
          title="惠企政策宣讲会（3月23日·岚城街道）")  # fmt: skip
        a("jrzx", PUBLICITY, "FIN01", _at(25, 9, 30), 90, "", ("lancheng",),
          title="惠企政策宣讲会（3月25日·岚城）")  # fmt: skip
        a("czj", PUBLICITY, "BIZ02", _at(29, 9, 30), 90, "", (),
          title="惠企政策宣讲会（3月29日）")  # fmt: skip
        # Kind split on one policy: PUBLICITY then TRAINING.
        a("scjg", PUBLICITY, "PKL02", _at(4, 9, 30), 90, "C", ("linjiang",),
          title="做泡菜要办啥子证？——酱腌菜生产许可宣传进临江镇")  # fmt: skip
        a("scjg", TRAINING, "PKL02", _at(5, 9, 30), 150, "C", ("linjiang",),
          title="酱腌菜生产许可审查细则培训会（3月5日·临江镇）")  # fmt: skip
        # Same title, two towns, same day: nothing.
        a("scjg", PUBLICITY, "MKT02", _at(22, 9, 30), 90, "", ("jinya",),
          title="2026年度企业年度报告公示宣讲会")  # fmt: skip
        a("scjg", PUBLICITY, "MKT02", _at(22, 14, 30), 90, "", ("guanyin",),
          title="2026年度企业年度报告公示宣讲会")  # fmt: skip
        # E-commerce TRAINING: English vs everyday (REDUNDANT); sector I meets neither.
        a("tcsw", TRAINING, "COM01", _at(24, 9, 30), 150, "AF", ("ganlin",),
          title="{EN} Workshop{DTEN}")  # fmt: skip
        a("nync", TRAINING, "COM01", _at(26, 14, 30), 150, "A", ("ganlin",),
          title="田坎上的课堂：网上卖柑子实操培训{DT}")  # fmt: skip
        a("tuanxw", TRAINING, "COM01", _at(30, 14, 30), 150, "I", (),
          title="青年实训营：直播带货")  # fmt: skip
        # Saturday-evening county-wide live stream.
        a("tuanxw", PUBLICITY, "COM01", _at(20, 20, 0), 90, "AFI", (),
          title="青年说政策·网上卖柑子（直播）")  # fmt: skip
        # Loan siblings: start-up guarantee loan vs youth loan, same day, same town.
        a("rsj", PUBLICITY, "RET03", _at(30, 9, 30), 90, "", ("yongxing",),
          title="创业贷款免利息（3月30日·永兴）")  # fmt: skip
        a("tuanxw", PUBLICITY, "YTH01", _at(30, 9, 30), 90, "", ("yongxing",),
          title="青年说政策·年轻人创业贷款（3月30日·永兴）")  # fmt: skip


# --------------------------------------------------------------------------- rendering


def _town_spell(d: Dept, tid: str, rng: random.Random) -> str:
    t = TOWN_BY_ID[tid]
    style = d.town_style
    if style == "full":
        return t.full
    if style == "short":
        return t.short
    if style == "old":
        return rng.choice(t.old)
    if style == "pinyin":
        return t.pinyin
    if style == "en":
        return t.english
    return t.nick


def _title_town(d: Dept, tid: str, spelled: str) -> str:
    if d.town_style in ("pinyin", "en"):
        return TOWN_BY_ID[tid].full
    return spelled


def _sector_spell(d: Dept, letter: str) -> str:
    zh, en = SECTORS[letter]
    if d.sector_style == "letter":
        return letter
    if d.sector_style == "zh":
        return zh
    if d.sector_style == "letter_zh":
        return f"{letter} {zh}"
    return en


def _time(d: Dept, t: datetime) -> str:
    if d.time_style == "utc":
        return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if d.time_style == "utc_ms":
        return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    local = t.astimezone(CST)
    if d.time_style == "cst_min":
        return local.strftime("%Y-%m-%dT%H:%M+08:00")
    return local.isoformat()


def _topics(d: Dept, p: Policy, kind: str) -> list[str]:
    if d.tag_mode == "none":
        return []
    if d.tag_mode == "en":
        words = [AREAS[p.area][1], "policy briefing" if kind == PUBLICITY else "workshop"]
    else:
        words = [*d.lead_tags, *p.tags, *d.tail_tags]
    out: list[str] = []
    for w in words:
        if w not in out:
            out.append(w)
    return out[:6]


def _deco(d: Dept, s: Sess, towns_cn: str, rng: random.Random) -> str:
    style = rng.choice(d.decos)
    m, day = s.start.month, s.start.day
    if style == "md_town":
        return f"（{m}月{day}日·{towns_cn}）" if towns_cn else f"（{m}月{day}日）"
    if style == "dot":
        return f"（{m}.{day} {towns_cn}）" if towns_cn else f"（{m}.{day}）"
    if style == "venue":
        if s.towns:
            full = TOWN_BY_ID[s.towns[0]].full
            return "（" + rng.choice(TOWN_VENUES).format(t=full) + "）"
        return "（" + rng.choice(COUNTY_VENUES) + "）"
    return ""


def _render(s: Sess, key: str, n: int, sn: int, rng: random.Random) -> tuple[dict[str, Any], str]:
    d = DEPT_BY_SLUG[s.dept]
    p = POLICY_BY_ID[s.pid]
    spelled = [_town_spell(d, tid, rng) for tid in s.towns]
    cn_towns = [_title_town(d, tid, sp) for tid, sp in zip(s.towns, spelled, strict=True)]
    towns_cn = "、".join(cn_towns[:2]) + ("等" if len(cn_towns) > 2 else "")
    en_towns = ", ".join(TOWN_BY_ID[tid].english for tid in s.towns[:2])
    m, day = s.start.month, s.start.day
    dz = f"（{m}月{day}日·{towns_cn}）" if towns_cn else f"（{m}月{day}日）"
    months = ("", "Jan", "Feb", "Mar")
    dten = f" ({months[m]} {day}, {en_towns})" if en_towns else f" ({months[m]} {day})"
    fields = {
        "F": p.formal,
        "E": rng.choice(p.everyday),
        "EN": p.english,
        "DT": _deco(d, s, towns_cn, rng),
        "DZ": dz,
        "DTEN": dten,
        "T": towns_cn or "全县",
        "TEN": en_towns or "Lanqu County",
        "N": str(n),
        "CN": _cn(n),
        "SN": str(sn),
    }
    choices = TEMPLATES[d.slug][s.kind]
    if not s.towns:
        choices = tuple(t for t in choices if "{T}" not in t) or choices
    if s.start.hour < 18:
        choices = tuple(t for t in choices if "夜校" not in t) or choices
    template = s.title or rng.choice(choices)
    title = template.format(**fields)
    assert len(title) <= 200, title
    record: dict[str, Any] = {
        "key": key,
        "kind": s.kind,
        "title": title,
        "start": _time(d, s.start),
        "end": _time(d, s.end),
        "topics": _topics(d, p, s.kind),
        "sectors": [_sector_spell(d, c) for c in s.sectors],
        "regions": spelled,
        "hosts": list(s.hosts),
        "cancelled": s.cancelled,
    }
    return record, title


# --------------------------------------------------------------------------- labels


def _meets(a: Sess, b: Sess) -> bool:
    sec = not a.sectors or not b.sectors or any(c in b.sectors for c in a.sectors)
    if not sec:
        return False
    return not a.towns or not b.towns or any(t in b.towns for t in a.towns)


def _labels(sessions: list[Sess], keys: list[str]) -> dict[str, list[list[str]]]:
    conflict: list[list[str]] = []
    redundant: list[list[str]] = []
    window = timedelta(days=WINDOW_DAYS)
    for i, a in enumerate(sessions):
        if a.cancelled:
            continue
        for j in range(i + 1, len(sessions)):
            b = sessions[j]
            if b.cancelled or not _meets(a, b):
                continue
            pair = sorted((keys[i], keys[j]))
            if a.start < b.end and b.start < a.end:
                conflict.append(pair)
            if a.kind == b.kind and a.pid == b.pid and abs(a.start - b.start) <= window:
                redundant.append(pair)
    return {"CONFLICT": sorted(conflict), "REDUNDANT": sorted(redundant)}


def _check_tables() -> None:
    owner: dict[str, str] = {}
    for t in TOWNS:
        for spelling in (t.full, t.short, *t.old, t.pinyin, t.english, t.nick):
            assert owner.setdefault(spelling, t.tid) == t.tid, spelling
    for p in POLICIES:
        assert all(c in SECTORS for c in p.sectors), p.pid
        assert all(t in TOWN_BY_ID for t in p.towns), p.pid
        assert all(x in DEPT_BY_SLUG for x in p.depts), p.pid
        assert p.area in AREAS, p.pid
    assert len(POLICY_BY_ID) == len(POLICIES)
    assert set(TEMPLATES) == set(DEPT_BY_SLUG)


def generate(seed: int = 0) -> dict[str, Any]:
    _check_tables()
    rng = random.Random(seed)
    b = Builder(rng)
    b.random_month()
    b.scenarios()
    unlocked = [s for s in b.sessions if not s.locked]
    already = sum(1 for s in b.sessions if s.cancelled)
    quota = max(0, round(0.03 * len(b.sessions)) - already + rng.randint(-2, 2))
    for s in rng.sample(unlocked, quota):
        s.cancelled = True
    sessions = sorted(b.sessions, key=lambda s: (s.start, s.dept, s.seq))
    keys: list[str] = []
    series: dict[tuple[str, str], int] = {}
    dept_series: dict[str, int] = {}
    records: list[dict[str, Any]] = []
    for i, s in enumerate(sessions, start=1):
        key = f"{s.dept}-{s.start.astimezone(CST):%m%d}-{i:04d}"
        keys.append(key)
        n = series.get((s.dept, s.pid), 0) + 1
        series[(s.dept, s.pid)] = n
        sn = dept_series.get(s.dept, 40) + 1
        dept_series[s.dept] = sn
        record, _ = _render(s, key, n, sn, rng)
        records.append(record)
    assert len(set(keys)) == len(keys)
    return {"windowDays": WINDOW_DAYS, "sessions": records, "pairs": _labels(sessions, keys)}


if __name__ == "__main__":
    for seed in (0, 1, 2):
        out = generate(seed)
        print(
            seed,
            len(out["sessions"]),
            len(out["pairs"]["CONFLICT"]),
            len(out["pairs"]["REDUNDANT"]),
        )
