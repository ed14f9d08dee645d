"""青峪县 (Qingyu County): one labelled month of enterprise sessions for the overlap detector.

What this is
------------
A deterministic generator (``generate(seed)``, stdlib ``random.Random(seed)`` only) of the
sessions that the departments of one fictional county post for enterprises, with the true
overlap pairs, so that the detector can be scored pairwise (precision and recall per type).
Every session is posted by each of its hosts with exactly the exported fields (no location),
and cancelled sessions are then cancelled.

Output::

    {"windowDays": 14,
     "sessions": [{"key", "kind", "title", "start", "end", "topics", "sectors", "regions",
                   "hosts", "cancelled"}, ...],          # sorted by start
     "pairs": {"CONFLICT": [[k1, k2], ...], "REDUNDANT": [[k1, k2], ...]}}   # k1 < k2, sorted

Keys are 1001..1000+n in a random order (they say nothing about time or origin).

The county
----------
青峪县 is a mountain river-valley county of 澜州市 in the west. Its economy is tea on the
slopes (the 青峪毛尖 geographical-indication green tea), an underground phosphate mine at 白岩,
phosphate chemicals, phosphogypsum and a cement plant in the 河西 industrial park,
hydropower and a reservoir resort at 龙潭, kiwifruit and rural e-commerce at 溪头 and 桃坪,
homestays in the 石门峡 gorge, and a small export trade (tea, phosphate fertiliser) served by
the county investment office, which writes to foreign-invested firms in English.

Towns (canonical name, what else is written for it, 赶场 market days by day-of-month digit):

=========  ===========================================  =====================  ==========
canonical  also written                                  pinyin                 market
=========  ===========================================  =====================  ==========
峪口镇      峪口; 城关镇, 城关 (county seat, renamed 2011)    Yukou Town             逢1、4、7
新华街道    新华; 新华街道办事处                           Xinhua Subdistrict     none
河西街道    河西; 河西乡 (became a 街道 in 2021)            Hexi Subdistrict       none
茶岭镇      茶岭; 茶岭乡 (became a 镇 in 2016)              Chaling Town           逢2、5、8
白岩镇      白岩; 白崖镇, 白崖 (old spelling of the name)    Baiyan Town            逢3、6、9
龙潭镇      龙潭                                          Longtan Town           逢1、4、7
溪头镇      溪头; 溪头乡 (became a 镇 in 2024)              Xitou Town             逢2、5、8
石门乡      石门                                          Shimen Township        逢3、6、9
桃坪乡      桃坪; 杏林乡, 杏林 (merged into 桃坪 in 2019)    Taoping Township       逢5、10
=========  ===========================================  =====================  ==========

Pinyin is also written without Town/Township/Subdistrict ("Baiyan"). Every written form
maps to exactly one canonical town; an empty region list is the whole county. Sectors are GB/T 4754-2017 sections A-T, written as the letter ("C"), letter and
name ("C 制造业"), the full name ("制造业", "农、林、牧、渔业"), a short name ("制造",
"批发零售", "住宿餐饮", "水电气供应") or the English name ("Manufacturing"); every form maps
to one letter, and an empty list is every sector. A list is occasionally hand-edited and
mixes forms.

Departments (slug: habits)
--------------------------
Hosts are these slugs, lead first; co-hosts are the policy's partner departments.

* ``tax-bureau`` 国家税务总局青峪县税务局: brands sessions 纳税人学堂｜…, 【税务】2027年…,
  …（第一季度）; sector letters; canonical towns; its platform exports about half of its
  times in UTC ("Z"); tags the subject and 减税降费/纳税服务.
* ``hr-social`` 人社局: 关于开展…的通知, 稳就业·…; full sector names; tags 稳就业, 社保服务.
* ``market-reg`` 市场监管局: 【报名】…（公益）, 市场监管进企业｜…; short sector names; bare
  town names (白岩, 茶岭); tags its themes 营商环境, 食品安全, 质量强县 whatever the subject.
* ``commerce`` 商务局: 商务惠企｜…; "C 制造业"; tags 稳外贸, 促消费; a quarter of its
  foreign-trade sessions are titled in English.
* ``agri-rural`` 农业农村局: 乡村振兴大讲堂：…; bare and old town names (城关, 杏林, 白崖);
  a third of its posts carry no topics; some Saturday sessions for farmers.
* ``tea-center`` 茶产业发展中心: 青峪毛尖·…, 茶企课堂｜…; short sector names; bare/old towns.
* ``emergency`` 应急管理局: 2027年…专项行动…, 安全生产大讲堂：…; 安全生产/安全发展 on most posts.
* ``eco-env`` 澜州市生态环境局青峪分局: 生态环境服务企业｜…; sector letters.
* ``natural-res`` 自然资源局: …政策解读, 关于…的…; old town names; often no topics.
* ``dev-reform`` 发改局 and ``industry-it`` 工信局: both use the 惠企政策直通车：… brand and the
  惠企/营商环境 tags; 工信局 adds （一季度）.
* ``culture-tourism`` 文旅广电局: 文旅赋能｜…; ``housing`` 住建局: sector letters;
  ``finance`` 财政局: 政银企对接·….
* ``invest-promo`` 投资促进局: English titles ("Briefing: …", "… workshop for
  foreign-invested enterprises", "Invest Qingyu | …"), English sector names, pinyin towns,
  English or no topics, three quarters of its times in UTC; it re-briefs the policies that
  matter to foreign-invested and export firms, usually with the owning department as co-host.

Times are local (+08:00) unless written in UTC; sessions run between 08:00 and 21:00 local
(so the UTC date is the local date), on working days (weekends and 清明 on 5 April are off),
except the agricultural Saturdays and market-day policy days.

Policies (the hidden subject)
-----------------------------
84 policies in 34 areas, each with an owner, optional other leading departments, a formal
Chinese name, one or two everyday names that often share no word with it (数电票 /
全面数字化的电子发票推广应用, 安责险 / 安全生产责任保险, 峪惠贷 / 政府性融资担保,
小升规奖励 / 小升规工业企业培育奖励), an English name, subject tags, a default audience and,
for local matters, the towns concerned (mines: 白岩, 河西, 龙潭; tea: 茶岭, 石门, 桃坪, 溪头).
Policies of one area are siblings: they share the area tag and their titles read alike
(资源税 vs 环境保护税; 工伤保险 vs 稳岗返还 vs 养老保险缴费基数; 食品经营许可 vs
食品安全主体责任 vs 食品小作坊 vs 茶叶SC; 矿业权出让收益 vs 绿色矿山 vs 非煤矿山安全;
磷石膏 vs 危险废物; 环评 vs 排污许可; 民宿评级 vs A级景区; 专项债 vs 中央预算内投资 vs 技改;
个税年度汇算 vs 个税扣缴申报 vs 企业所得税汇缴). The title is made of a department template,
one of the policy's names, a kind word (培训会, 实操培训, 宣讲会, 政策解读会, 说明会, 辅导,
政策辅导 …; the kind field, not the word, is the truth) and the scenario's suffix. Generic
words (2027年, 第一季度, 专题, 惠企, 【报名】, （公益）, 关于开展…的通知, 专项行动) are everywhere.

Ground truth
------------
Per session the generator keeps the policy id, the canonical sector letters and the
canonical towns. Two different, not cancelled sessions *meet* when their sector sets
intersect or either is empty, and their town sets intersect or either is empty. A met pair is

* CONFLICT when the times intersect (start_a < end_b and start_b < end_a; touching is not);
* REDUNDANT when the kind and the policy are the same and the starts are at most 14×24 h
  apart (``abs(start_a - start_b) <= 14 days``, inclusive).

Boundary rules, enforced after generation:

* two sessions of one policy with met audiences never overlap in time (that would read as
  one event posted twice); one of them is dropped, a background one if there is one;
* no same-policy, same-kind, met pair of live sessions is 14 calendar days apart but more
  than 14×24 h apart: the later start moves to the earlier clock time (exactly 14×24 h),
  so calendar-day and instant readings of the window always agree. Pairs 15-18 days apart
  are more than 14×24 h apart under either reading.

Scenarios (rough shares of about 620 sessions: ~500 in March 2027, ~60 in each of
15-28 February and 1-14 April)
-------------------------------------------------------------------------------------------
* background, 36 %: one policy at a random working-day slot, audience from its default;
* series, 12 %: 第1期/第二期/（第3场） of one subject, 2-5 working days apart, one
  audience (pairs within 14 days are REDUNDANT, later ones are outside the window);
* reworded, 9 %: one subject posted by another department or by the investment office in
  English, 0-12 days apart, audience met but written otherwise ([] vs a town, a sector
  subset), the second side with no topics or none in common;
* near window, 3 %: one subject 13 or 14 calendar days apart (≤ 14×24 h, some exactly);
* outside window, 3 %: one subject, same kind, met audience, 15-18 days apart;
* policy day, 6 %: a town's 政策赶集日 on its market day, 4-6 departments each with another
  subject, titled "…宣讲会（3月9日·白岩镇）" (town written in each department's habit),
  as a relay (each starting as the previous ends), all at once, or two booths;
* near miss, 7 %: two sibling subjects of one area, by one department where they share
  one, with the same title template and shared area and broad tags, within a few working days;
* tour, 5 %: one subject taken town by town (…走进白岩镇, …（龙潭站）) on following days, or
  two teams in two towns at the same hour; sometimes a county-wide kick-off that meets all;
* sector special, 2 %: one subject as sector 专场 (…（制造业企业专场）), same hour or
  following days, disjoint sectors;
* other kind, 4 %: PUBLICITY and TRAINING on one subject, same audience, within a week;
* reschedule, 3 %: a cancelled session and its （改期）/【改期】 repost, the same day or 1-6
  working days later;
  plain cancellations, 2 %: a cancelled twin of a live session (would be REDUNDANT) or a
  cancelled session at its hour for its audience (would CONFLICT);
* back to back, 5 %: two subjects for one audience, the second starting as the first ends,
  often with one side written in UTC;
* same hour, disjoint, 3 %: two sessions at one hour for different towns or sectors.

Per seed (averages over seeds 0-7): about 1500 CONFLICT and 650 REDUNDANT pairs; 3 % of
sessions cancelled, 15 % written in UTC, 6 % titled in English, 20 % without topics.
Of the REDUNDANT pairs nearly all have different titles, about 23 % have another lead
department, 10 % pair an English with a Chinese title, 57 % share no topic (39 % with no
topics on one side), 75 % write the audience differently, 9 % are more than 13 days apart
(2 % exactly 14×24 h), 18 % have one side in UTC. Hard negatives (pairs, average per seed):
~820 sibling subjects within the window and ~1400 other subjects sharing a topic tag;
~300 other subjects on the same day in the same town; ~150 same subject with disjoint
audiences; ~480 same subject of the other kind; ~110 same subject 15-18 days apart;
~55 would-be REDUNDANT and ~115 would-be CONFLICT pairs with a cancelled side; ~200
back-to-back pairs for met audiences (~55 with one side in UTC); ~780 overlapping pairs with
disjoint audiences (~200 starting at the same minute).

Run the module to print the counts for a seed (``python month_valley.py [seed]``).
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

TRAINING = "TRAINING"
PUBLICITY = "PUBLICITY"
BOTH: tuple[str, ...] = (TRAINING, PUBLICITY)

TZ = timezone(timedelta(hours=8))
WINDOW_DAYS = 14
WINDOW = timedelta(days=WINDOW_DAYS)
OUTSIDE_MAX = timedelta(days=18)
FIRST_DAY = date(2027, 2, 15)
MONTH_FIRST = date(2027, 3, 1)
MONTH_LAST = date(2027, 3, 31)
LAST_DAY = date(2027, 4, 14)
HOLIDAYS: frozenset[date] = frozenset({date(2027, 4, 5)})  # 清明节

# ---------------------------------------------------------------- audiences

# GB/T 4754-2017 sections: letter -> (full Chinese name, short name, English name)
SECTORS: dict[str, tuple[str, str, str]] = {
    "A": ("农、林、牧、渔业", "农林牧渔业", "Agriculture, forestry, animal husbandry and fishery"),
    "B": ("采矿业", "采矿", "Mining"),
    "C": ("制造业", "制造", "Manufacturing"),
    "D": (
        "电力、热力、燃气及水生产和供应业",
        "水电气供应",
        "Electricity, heat, gas and water supply",
    ),
    "E": ("建筑业", "建筑", "Construction"),
    "F": ("批发和零售业", "批发零售", "Wholesale and retail trade"),
    "G": ("交通运输、仓储和邮政业", "交通运输仓储", "Transport, storage and postal services"),
    "H": ("住宿和餐饮业", "住宿餐饮", "Accommodation and catering"),
    "I": ("信息传输、软件和信息技术服务业", "信息技术服务", "Information and software services"),
    "J": ("金融业", "金融", "Finance"),
    "K": ("房地产业", "房地产", "Real estate"),
    "L": ("租赁和商务服务业", "租赁商务服务", "Leasing and business services"),
    "M": ("科学研究和技术服务业", "科研技术服务", "Scientific research and technical services"),
    "N": (
        "水利、环境和公共设施管理业",
        "水利环境公共设施",
        "Water, environment and public facilities",
    ),
    "O": ("居民服务、修理和其他服务业", "居民服务修理", "Resident services and repair"),
    "P": ("教育", "教育", "Education"),
    "Q": ("卫生和社会工作", "卫生社会工作", "Health and social work"),
    "R": ("文化、体育和娱乐业", "文体娱乐", "Culture, sports and entertainment"),
    "S": (
        "公共管理、社会保障和社会组织",
        "社会组织",
        "Public administration and social organisations",
    ),
    "T": ("国际组织", "国际组织", "International organisations"),
}


@dataclass(frozen=True)
class Town:
    name: str  # canonical, as in the 2024 administrative division list
    bare: str  # without 镇/乡/街道
    old: tuple[str, ...]  # names still written by some departments
    pinyin: str
    market: tuple[int, ...]  # 赶场 days: day-of-month digits (逢一四七 = 1, 4, 7)


TOWNS: tuple[Town, ...] = (
    Town("峪口镇", "峪口", ("城关镇", "城关"), "Yukou Town", (1, 4, 7)),
    Town("新华街道", "新华", ("新华街道办事处",), "Xinhua Subdistrict", ()),
    Town("河西街道", "河西", ("河西乡",), "Hexi Subdistrict", ()),
    Town("茶岭镇", "茶岭", ("茶岭乡",), "Chaling Town", (2, 5, 8)),
    Town("白岩镇", "白岩", ("白崖镇", "白崖"), "Baiyan Town", (3, 6, 9)),
    Town("龙潭镇", "龙潭", (), "Longtan Town", (1, 4, 7)),
    Town("溪头镇", "溪头", ("溪头乡",), "Xitou Town", (2, 5, 8)),
    Town("石门乡", "石门", (), "Shimen Township", (3, 6, 9)),
    Town("桃坪乡", "桃坪", ("杏林乡", "杏林"), "Taoping Township", (0, 5)),
)
TOWN_BY_NAME: dict[str, Town] = {t.name: t for t in TOWNS}
TOWN_NAMES: tuple[str, ...] = tuple(t.name for t in TOWNS)
MINE_TOWNS = ("白岩镇", "河西街道", "龙潭镇")
TEA_TOWNS = ("茶岭镇", "石门乡", "桃坪乡", "溪头镇")
SCENIC_TOWNS = ("石门乡", "龙潭镇", "茶岭镇", "桃坪乡")
FRUIT_TOWNS = ("溪头镇", "桃坪乡", "龙潭镇", "石门乡")

# -------------------------------------------------------------- departments


@dataclass(frozen=True)
class Dept:
    slug: str
    name: str
    sector_styles: tuple[tuple[str, float], ...]  # letter | letter_full | full | short | en
    region_styles: tuple[tuple[str, float], ...]  # canonical | bare | old | pinyin
    utc: float  # share of posts whose times are written in UTC
    broad: tuple[str, ...]  # favourite broad topic tags
    subject: float  # chance to tag the subject
    area: float  # chance to tag the policy area
    no_topics: float  # chance to post no topics at all
    english: float  # chance of an English title for policies foreign firms care about
    templates: tuple[str, ...]


DEPTS: dict[str, Dept] = {
    d.slug: d
    for d in (
        Dept(
            "tax-bureau",
            "国家税务总局青峪县税务局",
            (("letter", 0.7), ("letter_full", 0.3)),
            (("canonical", 1.0),),
            0.55,
            ("减税降费", "纳税服务", "惠企"),
            0.8,
            0.5,
            0.05,
            0.08,
            (
                "纳税人学堂｜{name}{kw}",
                "【税务】{yr}{name}{kw}",
                "{name}{kw}（{q}）",
                "{yr}{name}专题{kw}",
            ),
        ),
        Dept(
            "hr-social",
            "青峪县人力资源和社会保障局",
            (("full", 0.8), ("short", 0.2)),
            (("canonical", 0.8), ("bare", 0.2)),
            0.03,
            ("稳就业", "社保服务", "惠企"),
            0.6,
            0.6,
            0.1,
            0.0,
            ("关于开展{name}{kw}的通知", "{yr}{name}{kw}", "稳就业·{name}{kw}"),
        ),
        Dept(
            "market-reg",
            "青峪县市场监督管理局",
            (("short", 0.7), ("full", 0.3)),
            (("bare", 0.8), ("canonical", 0.2)),
            0.0,
            ("营商环境", "食品安全", "质量强县"),
            0.5,
            0.4,
            0.15,
            0.0,
            ("【报名】{name}{kw}（公益）", "{name}{kw}（公益）", "市场监管进企业｜{name}{kw}"),
        ),
        Dept(
            "commerce",
            "青峪县商务局",
            (("letter_full", 0.6), ("letter", 0.4)),
            (("canonical", 1.0),),
            0.1,
            ("稳外贸", "促消费", "营商环境"),
            0.5,
            0.7,
            0.1,
            0.25,
            ("{name}{kw}", "{yr}{name}{kw}", "商务惠企｜{name}{kw}"),
        ),
        Dept(
            "agri-rural",
            "青峪县农业农村局",
            (("short", 0.6), ("full", 0.4)),
            (("bare", 0.5), ("old", 0.3), ("canonical", 0.2)),
            0.0,
            ("乡村振兴", "三农"),
            0.3,
            0.3,
            0.35,
            0.0,
            ("{name}{kw}", "乡村振兴大讲堂：{name}{kw}", "{yr}{q}{name}{kw}"),
        ),
        Dept(
            "tea-center",
            "青峪县茶产业发展中心",
            (("short", 0.8), ("letter", 0.2)),
            (("bare", 0.7), ("old", 0.3)),
            0.0,
            ("茶产业", "乡村振兴"),
            0.4,
            0.5,
            0.2,
            0.0,
            ("青峪毛尖·{name}{kw}", "茶企课堂｜{name}{kw}", "{name}{kw}"),
        ),
        Dept(
            "emergency",
            "青峪县应急管理局",
            (("letter_full", 0.7), ("full", 0.3)),
            (("canonical", 0.7), ("old", 0.3)),
            0.05,
            ("安全生产", "安全发展"),
            0.6,
            0.4,
            0.05,
            0.0,
            ("{yr}{name}专项行动{kw}", "安全生产大讲堂：{name}{kw}", "关于开展{name}{kw}的通知"),
        ),
        Dept(
            "eco-env",
            "澜州市生态环境局青峪分局",
            (("letter", 0.8), ("letter_full", 0.2)),
            (("canonical", 1.0),),
            0.0,
            ("生态环保", "绿色发展"),
            0.7,
            0.3,
            0.1,
            0.0,
            ("{name}{kw}", "生态环境服务企业｜{name}{kw}", "{yr}{name}{kw}"),
        ),
        Dept(
            "natural-res",
            "青峪县自然资源局",
            (("full", 0.6), ("letter", 0.4)),
            (("canonical", 0.6), ("old", 0.4)),
            0.0,
            ("矿产资源", "要素保障"),
            0.3,
            0.2,
            0.4,
            0.0,
            ("{name}{kw}", "{name}政策解读", "关于{name}的{kw}"),
        ),
        Dept(
            "dev-reform",
            "青峪县发展和改革局",
            (("full", 1.0),),
            (("canonical", 1.0),),
            0.05,
            ("营商环境", "惠企", "项目建设"),
            0.4,
            0.5,
            0.15,
            0.0,
            ("{name}{kw}", "惠企政策直通车：{name}{kw}", "关于开展{name}{kw}的通知"),
        ),
        Dept(
            "industry-it",
            "青峪县工业和信息化局",
            (("full", 0.7), ("letter", 0.3)),
            (("canonical", 1.0),),
            0.0,
            ("惠企", "工业经济", "营商环境"),
            0.5,
            0.5,
            0.1,
            0.0,
            ("{name}{kw}（{q}）", "惠企政策直通车：{name}{kw}", "{yr}{name}{kw}"),
        ),
        Dept(
            "culture-tourism",
            "青峪县文化旅游广电局",
            (("full", 0.5), ("short", 0.5)),
            (("bare", 0.6), ("canonical", 0.4)),
            0.0,
            ("文旅融合", "乡村振兴"),
            0.5,
            0.6,
            0.15,
            0.0,
            ("文旅赋能｜{name}{kw}", "{name}{kw}"),
        ),
        Dept(
            "housing",
            "青峪县住房和城乡建设局",
            (("letter", 0.7), ("full", 0.3)),
            (("canonical", 1.0),),
            0.0,
            ("安全生产", "建筑业"),
            0.5,
            0.4,
            0.15,
            0.0,
            ("{name}{kw}", "关于开展{name}{kw}的通知", "{yr}{name}{kw}"),
        ),
        Dept(
            "finance",
            "青峪县财政局",
            (("short", 0.6), ("full", 0.4)),
            (("bare", 0.5), ("canonical", 0.5)),
            0.0,
            ("金融惠企", "惠企", "营商环境"),
            0.5,
            0.5,
            0.1,
            0.0,
            ("政银企对接·{name}{kw}", "{name}{kw}", "{yr}{name}{kw}"),
        ),
        Dept(
            "invest-promo",
            "青峪县投资促进局",
            (("en", 1.0),),
            (("pinyin", 0.7), ("canonical", 0.3)),
            0.75,
            ("foreign investment", "compliance", "Invest Qingyu", "FIE services"),
            0.0,
            0.0,
            0.4,
            0.85,
            ("外资企业服务日｜{name}{kw}",),
        ),
    )
}

EN_BROAD = ("foreign trade", "tax", "compliance", "FIE services")

# ----------------------------------------------------------------- policies


@dataclass(frozen=True)
class Policy:
    pid: str
    area: str  # policy area; the area tag is shared by sibling policies
    leads: tuple[str, ...]  # departments that post it as lead host, owner first
    formal: str
    shorts: tuple[str, ...]
    en: str
    tags: tuple[str, ...]  # subject tags
    sectors: str  # default audience (section letters); "" = every sector
    towns: tuple[str, ...] = ()  # towns where it matters; () = county-wide
    kinds: tuple[str, ...] = BOTH
    cohosts: tuple[str, ...] = ()
    foreign: bool = False  # also briefed to foreign-invested and export firms
    weight: float = 1.0  # seasonal weight in March
    evening: bool = False  # also held in the evening


POLICIES: tuple[Policy, ...] = (
    # 税务
    Policy("cit_settle", "所得税", ("tax-bureau",), "企业所得税年度汇算清缴", ("企业所得税汇缴", "企税汇算清缴"),
           "Corporate income tax annual reconciliation", ("企业所得税", "汇算清缴"), "", foreign=True, weight=2.5),
    Policy("iit_settle", "所得税", ("tax-bureau", "hr-social"), "个人所得税综合所得年度汇算", ("个税年度汇算", "综合所得汇算"),
           "Annual IIT reconciliation on comprehensive income", ("个人所得税", "年度汇算"), "", foreign=True,
           weight=2.5, evening=True),
    Policy("iit_withhold", "所得税", ("tax-bureau",), "个人所得税全员全额扣缴申报", ("个税扣缴申报", "代扣代缴个税"),
           "IIT withholding returns for employers", ("扣缴义务人", "个人所得税"), ""),
    Policy("vat_small", "税费优惠", ("tax-bureau",), "小规模纳税人增值税减免政策", ("小规模纳税人优惠", "小规模减免增值税"),
           "VAT relief for small-scale taxpayers", ("增值税", "小规模纳税人"), "FHO"),
    Policy("six_taxes", "税费优惠", ("tax-bureau",), "“六税两费”减半征收政策", ("六税两费减征", "六税两费"),
           "Halved local taxes and fees for small firms", ("六税两费",), ""),
    Policy("vat_refund", "税费优惠", ("tax-bureau",), "增值税期末留抵退税", ("留抵退税", "增量留抵退税"),
           "Refunds of excess input VAT", ("留抵退税", "增值税"), "CD"),
    Policy("rd_deduct", "税费优惠", ("tax-bureau", "industry-it"), "研发费用税前加计扣除", ("研发加计扣除", "研发费用加计扣除"),
           "R&D expense super deduction", ("研发费用", "加计扣除"), "CIM", foreign=True),
    Policy("e_invoice", "征管服务", ("tax-bureau",), "全面数字化的电子发票推广应用", ("数电票", "数电发票"),
           "Fully digitalised e-fapiao", ("数电票", "发票"), "", foreign=True),
    Policy("e_taxbureau", "征管服务", ("tax-bureau",), "新电子税务局功能上线", ("新电子税务局", "新版电子税务局"),
           "The new electronic tax bureau portal", ("电子税务局",), ""),
    Policy("resource_tax", "资源环境税", ("tax-bureau", "natural-res"), "资源税申报缴纳（磷矿、石灰岩）", ("资源税申报", "磷矿资源税"),
           "Resource tax returns for phosphate and limestone", ("资源税",), "B", MINE_TOWNS),
    Policy("env_tax", "资源环境税", ("tax-bureau", "eco-env"), "环境保护税申报", ("环保税申报", "环境税"),
           "Environmental protection tax returns", ("环境保护税",), "BCD"),
    # 人社
    Policy("injury_ins", "社会保险", ("hr-social",), "工伤保险参保与工伤认定", ("工伤认定", "工伤保险"),
           "Work-injury insurance and injury determination", ("工伤保险",), "BCE"),
    Policy("unemp_refund", "社会保险", ("hr-social",), "失业保险稳岗返还", ("稳岗返还", "稳岗补贴"),
           "Job-retention refunds from unemployment insurance", ("失业保险", "稳岗返还"), ""),
    Policy("pension_base", "社会保险", ("hr-social", "tax-bureau"), "企业职工基本养老保险缴费基数申报", ("社保缴费基数申报", "养老保险基数核定"),
           "Pension contribution base declaration", ("养老保险", "缴费基数"), ""),
    Policy("skill_subsidy", "就业", ("hr-social",), "职业技能培训补贴", ("技能培训补贴", "职业技能提升补贴"),
           "Vocational training subsidies", ("职业技能", "培训补贴"), ""),
    Policy("youth_hire", "就业", ("hr-social",), "吸纳高校毕业生一次性扩岗补助", ("一次性扩岗补助", "扩岗补助"),
           "One-off subsidy for hiring new graduates", ("扩岗补助", "高校毕业生"), ""),
    Policy("startup_loan", "就业", ("hr-social", "finance"), "创业担保贷款及贴息", ("创业担保贷", "创业贷款贴息"),
           "Guaranteed start-up loans", ("创业担保贷款",), "AFHO"),
    Policy("wage_guarantee", "劳动关系", ("hr-social", "housing"), "《保障农民工工资支付条例》与工资专用账户", ("农民工工资专户", "农民工工资保障"),
           "Migrant workers' wage safeguards", ("农民工工资",), "E", cohosts=("housing",)),
    Policy("labor_contract", "劳动关系", ("hr-social",), "劳动合同订立与用工风险防范", ("劳动用工合规", "劳动合同管理"),
           "Labour contracts and hiring compliance", ("劳动合同",), "", foreign=True),
    # 市场监管
    Policy("food_license", "食品安全", ("market-reg",), "食品经营许可和备案", ("食品经营许可证办理", "食品经营许可"),
           "Food business licences", ("食品经营许可",), "FH"),
    Policy("food_duty", "食品安全", ("market-reg",), "企业落实食品安全主体责任（日管控周排查月调度）", ("食品安全主体责任", "食品安全“两个责任”"),
           "Food-safety accountability duties for firms", ("主体责任", "食品安全"), "CFH"),
    Policy("food_workshop", "食品安全", ("market-reg",), "食品小作坊登记管理", ("小作坊登记", "食品小作坊"),
           "Registration of small food workshops", ("小作坊",), "C"),
    Policy("tea_sc", "食品安全", ("tea-center", "market-reg"), "茶叶生产许可（SC）申办", ("茶叶SC认证", "茶叶SC许可"),
           "SC production licences for tea factories", ("生产许可", "茶叶SC"), "C", TEA_TOWNS),
    Policy("drug_rules", "药械安全", ("market-reg",), "《药品经营和使用质量监督管理办法》", ("药店经营新规", "药品经营使用监管办法"),
           "New rules on drug distribution and use", ("药品经营",), "FQ"),
    Policy("med_device", "药械安全", ("market-reg",), "医疗器械经营质量管理", ("二类医疗器械备案", "医疗器械经营备案"),
           "Medical device distribution compliance", ("医疗器械",), "FQ"),
    Policy("special_equip", "安全生产", ("market-reg",), "特种设备安全管理（锅炉、压力容器、叉车）", ("特种设备作业安全", "叉车锅炉安全"),
           "Boilers, pressure vessels and forklifts", ("特种设备",), "BCG"),
    Policy("annual_report", "市场主体", ("market-reg",), "2026年度市场主体年报公示", ("企业年报", "年报公示"),
           "Annual report filing for market entities", ("年度报告",), "", foreign=True, weight=1.8),
    Policy("credit_repair", "市场主体", ("market-reg", "dev-reform"), "企业信用修复", ("信用修复", "失信信息修复"),
           "Restoring a firm's credit record", ("信用修复",), ""),
    Policy("geo_mark", "品牌认证", ("market-reg", "tea-center"), "“青峪毛尖”地理标志专用标志使用", ("地理标志使用申请", "青峪毛尖地标"),
           "Using the Qingyu Maojian geographical-indication mark", ("地理标志",), "AC", TEA_TOWNS),
    Policy("measurement", "价格计量", ("market-reg",), "计量器具强制检定（加油机、电子秤）", ("强制检定", "计量器具检定"),
           "Mandatory calibration of fuel dispensers and scales", ("计量",), "FG"),
    Policy("price_label", "价格计量", ("market-reg",), "《明码标价和禁止价格欺诈规定》", ("明码标价", "价格欺诈防范"),
           "Price tags and price-fraud rules", ("明码标价",), "FHO"),
    Policy("fee_check", "价格计量", ("dev-reform", "market-reg"), "涉企违规收费专项整治", ("涉企收费整治", "涉企收费清理"),
           "Crackdown on improper fees charged to firms", ("涉企收费",), ""),
    # 商务
    Policy("ecommerce_rural", "电商", ("commerce",), "电子商务进农村综合示范", ("电商进农村", "农村电商示范"),
           "Rural e-commerce demonstration programme", ("农村电商",), "AFG", FRUIT_TOWNS),
    Policy("livestream", "电商", ("commerce",), "直播电商人才培训", ("直播带货", "直播电商"),
           "Livestream selling skills", ("直播电商",), "AF", kinds=(TRAINING,), evening=True),
    Policy("export_rebate", "外贸", ("tax-bureau", "commerce"), "出口货物退（免）税申报", ("出口退税申报", "出口退税"),
           "Export VAT refund declarations", ("出口退税",), "CF", cohosts=("commerce",), foreign=True),
    Policy("export_credit", "外贸", ("commerce", "finance"), "出口信用保险（小微外贸企业统保）", ("出口信保", "小微外贸统保"),
           "Export credit insurance for small exporters", ("出口信用保险",), "CF", foreign=True),
    Policy("rcep_origin", "外贸", ("commerce",), "RCEP原产地证书申领与关税减让", ("RCEP原产地证", "原产地证书签发"),
           "RCEP certificates of origin and tariff cuts", ("RCEP", "原产地"), "ACF", foreign=True),
    Policy("trade_in", "消费流通", ("commerce",), "汽车和家电以旧换新补贴", ("以旧换新", "家电以旧换新"),
           "Trade-in subsidies for cars and appliances", ("以旧换新",), "F", evening=True),
    Policy("cold_chain", "消费流通", ("commerce",), "县域商业体系建设（冷链仓储）", ("冷链仓储补助", "县域商业体系"),
           "County commerce system and cold-chain storage", ("冷链物流",), "AFG"),
    # 农业农村
    Policy("farm_machinery", "农业", ("agri-rural",), "农机购置与应用补贴", ("农机补贴", "农机购置补贴"),
           "Farm machinery purchase subsidies", ("农机补贴",), "A"),
    Policy("leading_ent", "农业", ("agri-rural", "tea-center"), "农业产业化龙头企业申报认定", ("龙头企业认定", "县级龙头企业申报"),
           "Recognition of leading agribusinesses", ("龙头企业",), "AC"),
    Policy("crop_ins", "农业", ("agri-rural", "finance"), "政策性农业保险（茶叶、猕猴桃）", ("农业保险", "猕猴桃保险"),
           "Subsidised crop insurance for tea and kiwifruit", ("农业保险",), "A", (*FRUIT_TOWNS, "茶岭镇")),
    Policy("pesticide", "农业投入品", ("agri-rural",), "农药经营许可与限用农药管理", ("农药经营许可", "限用农药管理"),
           "Pesticide retail licences", ("农药",), "AF"),
    Policy("fertilizer", "农业投入品", ("agri-rural",), "测土配方施肥与化肥减量增效", ("测土配方施肥", "化肥减量增效"),
           "Soil testing and fertiliser reduction", ("化肥减量",), "A", kinds=(TRAINING,)),
    Policy("green_food", "品牌认证", ("agri-rural",), "绿色食品认证申报", ("绿色食品认证", "绿标申报"),
           "Green Food certification", ("绿色食品",), "AC"),
    # 茶产业
    Policy("tea_garden", "茶产业", ("tea-center", "agri-rural"), "低产茶园提质改造补助", ("茶园改造补助", "茶园提质增效"),
           "Subsidies for upgrading low-yield tea gardens", ("茶园改造",), "A", TEA_TOWNS),
    Policy("tea_processing", "茶产业", ("tea-center",), "名优绿茶清洁化加工技术", ("春茶加工技术", "清洁化加工"),
           "Clean processing of premium green tea", ("茶叶加工",), "AC", TEA_TOWNS, kinds=(TRAINING,), weight=2.0),
    Policy("tea_pest", "茶产业", ("tea-center",), "茶园病虫害绿色防控", ("茶园绿色防控", "茶小绿叶蝉防治"),
           "Green pest control in tea gardens", ("绿色防控",), "A", TEA_TOWNS, kinds=(TRAINING,), weight=1.5),
    Policy("tea_organic", "品牌认证", ("tea-center",), "有机茶认证与转换期管理", ("有机茶认证", "有机认证"),
           "Organic tea certification", ("有机认证",), "AC", TEA_TOWNS),
    # 应急、住建
    Policy("mine_safety", "非煤矿山", ("emergency", "natural-res"), "非煤矿山安全生产（磷矿地下开采）", ("非煤矿山安全", "地下矿山安全"),
           "Safety in underground phosphate mines", ("非煤矿山",), "B", MINE_TOWNS),
    Policy("hazchem", "安全生产", ("emergency",), "危险化学品安全管理", ("危化品安全", "危化品储存使用"),
           "Hazardous chemicals safety", ("危险化学品",), "CFG"),
    Policy("safety_std", "安全生产", ("emergency",), "安全生产标准化建设", ("安全标准化", "安标创建"),
           "Work-safety standardisation", ("安全标准化",), "BCE"),
    Policy("confined", "安全生产", ("emergency",), "有限空间作业安全", ("有限空间作业", "有限空间"),
           "Confined-space work safety", ("有限空间",), "CDN"),
    Policy("safety_ins", "安全生产", ("emergency", "finance"), "安全生产责任保险", ("安责险", "安全责任险"),
           "Work-safety liability insurance", ("安责险",), "BCEG"),
    Policy("fire_small", "房屋消防", ("emergency", "housing"), "“九小场所”消防安全", ("小场所消防", "九小场所消防"),
           "Fire safety in small shops and eateries", ("消防安全",), "FHO"),
    Policy("self_built", "房屋消防", ("housing",), "经营性自建房安全隐患排查整治", ("经营性自建房排查", "自建房安全"),
           "Safety checks of self-built commercial buildings", ("自建房",), "FHO"),
    Policy("const_quals", "建筑业", ("housing",), "建筑业企业资质审批改革", ("建筑资质", "资质改革"),
           "Construction firm qualifications", ("建筑业资质",), "E"),
    Policy("site_safety", "建筑业", ("housing",), "房屋市政工程施工安全", ("工地安全生产", "施工安全"),
           "Safety on building and municipal sites", ("施工安全",), "E"),
    # 生态环境、自然资源
    Policy("eia", "环评排污", ("eco-env",), "建设项目环境影响评价", ("环评审批", "环评"),
           "Environmental impact assessment of projects", ("环境影响评价",), "BCDE"),
    Policy("discharge", "环评排污", ("eco-env",), "排污许可证申领与执行报告", ("排污许可", "排污许可证"),
           "Pollutant discharge permits", ("排污许可",), "BCD"),
    Policy("phosphogypsum", "固废危废", ("eco-env", "industry-it"), "磷石膏综合利用与一般工业固废管理", ("磷石膏综合利用", "一般固废管理"),
           "Phosphogypsum reuse and industrial solid waste", ("磷石膏", "固体废物"), "BC", MINE_TOWNS),
    Policy("hazwaste", "固废危废", ("eco-env",), "危险废物规范化环境管理", ("危废规范化管理", "危险废物管理"),
           "Hazardous waste management", ("危险废物",), "CQ"),
    Policy("mining_rights", "非煤矿山", ("natural-res",), "矿业权出让收益征收", ("矿业权出让收益", "矿业权"),
           "Mining-right transfer proceeds", ("矿业权",), "B", MINE_TOWNS),
    Policy("green_mine", "非煤矿山", ("natural-res", "eco-env"), "绿色矿山建设", ("绿色矿山创建", "绿色矿山"),
           "Green mine construction", ("绿色矿山",), "B", MINE_TOWNS),
    Policy("std_land", "用地", ("natural-res", "dev-reform"), "工业项目“标准地”出让", ("标准地", "工业用地标准地"),
           "Standard-land supply for industrial projects", ("标准地",), "C"),
    Policy("land_cert", "用地", ("natural-res",), "不动产登记“交地即交证”", ("交地即交证", "不动产登记"),
           "Title deeds at land handover", ("不动产登记",), "CK"),
    # 发改、工信
    Policy("central_budget", "项目投资", ("dev-reform",), "中央预算内投资项目申报", ("中央预算内投资申报", "中央预算内项目"),
           "Central budget investment applications", ("中央预算内投资",), ""),
    Policy("special_bonds", "项目投资", ("dev-reform", "finance"), "地方政府专项债券项目储备", ("专项债项目储备", "专项债"),
           "Local special bond project pipeline", ("专项债",), "DEN"),
    Policy("tech_upgrade", "项目投资", ("industry-it",), "工业技术改造专项资金", ("技改专项资金", "技改补助"),
           "Industrial technology upgrading fund", ("技术改造",), "C"),
    Policy("energy_review", "能源", ("dev-reform",), "固定资产投资项目节能审查", ("节能审查", "项目节能审查"),
           "Energy-saving review of investment projects", ("节能审查",), "BCD"),
    Policy("green_power", "能源", ("dev-reform",), "分布式光伏与绿电交易", ("分布式光伏", "绿电交易"),
           "Rooftop solar and green-power trading", ("绿电",), "CD"),
    Policy("private_law", "营商环境", ("dev-reform", "industry-it"), "《中华人民共和国民营经济促进法》", ("民营经济促进法", "民营经济促进法要点"),
           "The Private Economy Promotion Law", ("民营经济",), "", kinds=(PUBLICITY,), foreign=True),
    Policy("package", "惠企", ("dev-reform", "industry-it", "finance"), "《青峪县2027年惠企政策汇编》", ("惠企政策汇编", "2027版惠企汇编"),
           "Qingyu's 2027 business support package", ("惠企政策汇编",), "", foreign=True),
    Policy("srdi", "中小企业", ("industry-it",), "专精特新中小企业梯度培育", ("专精特新申报", "专精特新"),
           "Specialised and innovative SME recognition", ("专精特新",), "CI"),
    Policy("above_scale", "中小企业", ("industry-it",), "小升规工业企业培育奖励", ("小升规奖励", "小升规"),
           "Rewards for firms growing above designated size", ("小升规",), "C"),
    Policy("digital", "中小企业", ("industry-it",), "中小企业数字化转型改造补助", ("数字化转型", "智改数转"),
           "SME digital transformation grants", ("数字化转型",), "CI"),
    # 文旅、财政、投促
    Policy("homestay", "文旅", ("culture-tourism",), "乡村民宿等级评定", ("民宿评级", "民宿等级评定"),
           "Rural homestay grading", ("民宿",), "H", SCENIC_TOWNS),
    Policy("a_scenic", "文旅", ("culture-tourism",), "A级旅游景区创建", ("A级景区创建", "景区创A"),
           "A-grade scenic area applications", ("A级景区",), "NR", SCENIC_TOWNS),
    Policy("travel_agency", "文旅", ("culture-tourism",), "旅行社经营合规", ("旅行社合规", "旅行社管理"),
           "Travel agency compliance", ("旅行社",), "L"),
    Policy("procurement", "政府采购", ("finance",), "政府采购支持中小企业（预留份额、价格扣除）", ("政采支持中小企业", "政府采购"),
           "Government procurement preferences for SMEs", ("政府采购",), ""),
    Policy("loan_guarantee", "融资", ("finance",), "政府性融资担保“峪惠贷”", ("峪惠贷", "融资担保"),
           "Government-backed loan guarantees (Yuhui Loan)", ("融资担保",), ""),
    Policy("listing", "融资", ("finance",), "企业上市挂牌培育", ("上市挂牌", "区域股权市场挂牌"),
           "Preparing firms for listing", ("上市挂牌",), ""),
    Policy("fdi_report", "外资", ("invest-promo", "commerce"), "外商投资信息报告", ("外资信息报告", "外资年报"),
           "Foreign investment information reporting", ("外商投资",), "", foreign=True),
    Policy("work_permit", "外资", ("invest-promo",), "外国人来华工作许可办理", ("外籍人员工作许可", "外国人工作许可"),
           "Work permits for foreign staff", ("工作许可",), "", foreign=True),
)  # fmt: skip
POLICY_BY_ID: dict[str, Policy] = {p.pid: p for p in POLICIES}

KW: dict[str, tuple[str, ...]] = {
    TRAINING: (
        "培训会",
        "培训班",
        "专题培训",
        "实操培训",
        "业务培训",
        "操作辅导",
        "辅导",
        "能力提升培训",
    ),
    PUBLICITY: (
        "宣讲会",
        "政策宣讲",
        "政策解读会",
        "说明会",
        "解读",
        "宣传活动",
        "专题宣讲",
        "政策辅导",
    ),
}
KW_EN: dict[str, tuple[str, ...]] = {
    TRAINING: ("workshop", "training", "hands-on clinic", "training session"),
    PUBLICITY: ("briefing", "information session", "policy briefing", "explainer"),
}
EN_TEMPLATES = (
    "{Kw}: {en}",
    "{en} ({kw})",
    "Invest Qingyu | {en} {kw}",
    "{en} {kw} for foreign-invested enterprises",
)
SERIES_FORMS = ("（第{n}期）", "第{c}期", "（第{n}场）")
CN_NUM = "〇一二三四五六七八九"
MONTHS_EN = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

MORNING = (8 * 60 + 30, 9 * 60, 9 * 60 + 30, 10 * 60, 10 * 60 + 30)
AFTERNOON = (14 * 60, 14 * 60 + 30, 15 * 60, 15 * 60 + 30, 16 * 60)
DURATIONS: dict[str, tuple[int, ...]] = {
    TRAINING: (90, 120, 120, 150, 180),
    PUBLICITY: (60, 90, 90, 120),
}

# ----------------------------------------------------------------- sessions


@dataclass
class _Session:
    policy: Policy
    kind: str
    start: datetime
    minutes: int
    hosts: list[str]
    sectors: tuple[str, ...]  # canonical letters; () = every sector
    towns: tuple[str, ...]  # canonical towns; () = the whole county
    title: str
    english: bool
    origin: str
    utc: bool = False
    cancelled: bool = False
    topics: list[str] = field(default_factory=list)
    posted_sectors: list[str] = field(default_factory=list)
    posted_regions: list[str] = field(default_factory=list)
    key: int = 0

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.minutes)

    @property
    def day(self) -> date:
        return self.start.date()

    @property
    def clock(self) -> int:
        return self.start.hour * 60 + self.start.minute


def _meet(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return not a or not b or bool(set(a) & set(b))


def _audiences_meet(a: _Session, b: _Session) -> bool:
    return _meet(a.sectors, b.sectors) and _meet(a.towns, b.towns)


def _overlap(a: _Session, b: _Session) -> bool:
    return a.start < b.end and b.start < a.end


def _is_workday(d: date) -> bool:
    return d.weekday() < 5 and d not in HOLIDAYS


def _iso(t: datetime, utc: bool) -> str:
    if utc:
        return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return t.isoformat()


def _weighted(r: random.Random, options: tuple[tuple[str, float], ...]) -> str:
    return r.choices([o for o, _ in options], weights=[w for _, w in options])[0]


def _segment(d: date) -> str:
    if d < MONTH_FIRST:
        return "before"
    if d > MONTH_LAST:
        return "after"
    return "month"


class _Month:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.sessions: list[_Session] = []
        n_days = (LAST_DAY - FIRST_DAY).days + 1
        self.days = [FIRST_DAY + timedelta(days=i) for i in range(n_days)]
        self.workdays = [d for d in self.days if _is_workday(d)]
        self.day_weights = [1.0 if _segment(d) == "month" else 0.3 for d in self.workdays]
        self.areas: dict[str, list[Policy]] = {}
        for p in POLICIES:
            self.areas.setdefault(p.area, []).append(p)

    # ---------------------------------------------------------- choices

    def _policy(self, pool: tuple[Policy, ...] | list[Policy] = POLICIES) -> Policy:
        return self.rng.choices(list(pool), weights=[p.weight for p in pool])[0]

    def _lead(self, p: Policy) -> str:
        r = self.rng
        if p.foreign and p.leads[0] != "invest-promo" and r.random() < 0.15:
            return "invest-promo"
        if len(p.leads) > 1 and r.random() < 0.3:
            return r.choice(p.leads[1:])
        return p.leads[0]

    def _hosts(self, p: Policy, lead: str) -> list[str]:
        r = self.rng
        hosts = [lead]
        for c in p.cohosts + p.leads:
            if c not in hosts and r.random() < (0.45 if c in p.cohosts else 0.12):
                hosts.append(c)
        if lead == "invest-promo" and p.leads[0] not in hosts and r.random() < 0.4:
            hosts.append(p.leads[0])
        return hosts

    def _pick_day(self) -> date:
        return self.rng.choices(self.workdays, weights=self.day_weights)[0]

    def _next_workday(self, d: date) -> date:
        while not _is_workday(d):
            d += timedelta(days=1)
        return d

    def _add_workdays(self, d: date, n: int) -> date:
        for _ in range(n):
            d = self._next_workday(d + timedelta(days=1))
        return d

    def _slot(self, p: Policy, kind: str) -> tuple[int, int]:
        """Start (minutes after local midnight) and duration."""
        r = self.rng
        if kind == TRAINING and r.random() < 0.04:
            return 9 * 60, 480
        dur = r.choice(DURATIONS[kind])
        if p.evening and r.random() < 0.35:
            return r.choice((19 * 60, 19 * 60 + 30)), min(dur, 90)
        if r.random() < 0.55:
            return r.choice([s for s in MORNING if s + dur <= 12 * 60 + 30]), dur
        return r.choice([s for s in AFTERNOON if s + dur <= 18 * 60]), dur

    def _other_slot(self, p: Policy, kind: str, start: int, minutes: int) -> tuple[int, int]:
        """A slot on the same day that does not overlap [start, start + minutes)."""
        for _ in range(40):
            s, m = self._slot(p, kind)
            if s + m <= start or start + minutes <= s:
                return s, m
        return (8 * 60, 30) if start >= 9 * 60 else (19 * 60 + 30, 60)

    def _audience(self, p: Policy) -> tuple[tuple[str, ...], tuple[str, ...]]:
        r = self.rng
        letters = tuple(p.sectors)
        x = r.random()
        sectors: tuple[str, ...]
        if not letters or x < 0.12:
            sectors = ()
        elif x < 0.35 and len(letters) > 1:
            sectors = tuple(sorted(r.sample(letters, r.randint(1, len(letters) - 1))))
        else:
            sectors = letters
        y = r.random()
        towns: tuple[str, ...] = ()
        if p.towns and y < 0.6:
            picked = r.sample(p.towns, r.randint(1, min(2, len(p.towns))))
            towns = tuple(t for t in TOWN_NAMES if t in picked)
        elif not p.towns and y < (0.55 if not letters else 0.4):
            towns = tuple(t for t in TOWN_NAMES if t in r.sample(TOWN_NAMES, 1 + (y < 0.1)))
        return sectors, towns

    def _meeting(
        self, sectors: tuple[str, ...], towns: tuple[str, ...]
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Another audience that still meets (sectors, towns)."""
        r = self.rng
        s2, t2 = sectors, towns
        x = r.random()
        if x < 0.3:
            s2 = ()
        elif x < 0.5 and len(sectors) > 1:
            s2 = (r.choice(sectors),)
        y = r.random()
        if y < 0.35:
            t2 = ()
        elif y < 0.5 and len(towns) > 1:
            t2 = (r.choice(towns),)
        return s2, t2

    # ---------------------------------------------------------- spelling

    def _spell_sectors(self, dept: Dept, sectors: tuple[str, ...], english: bool) -> list[str]:
        r = self.rng
        style = "en" if english and r.random() < 0.7 else _weighted(r, dept.sector_styles)
        out: list[str] = []
        for letter in sectors:
            if r.random() < 0.05:  # a hand-edited list mixing habits
                style = r.choice(("letter", "full", "short"))
            full, short, en = SECTORS[letter]
            out.append(
                {
                    "letter": letter,
                    "letter_full": f"{letter} {full}",
                    "full": full,
                    "short": short,
                    "en": en,
                }[style]
            )
        return out

    def _spell_town(self, dept: Dept, town: str, english: bool, r: random.Random) -> str:
        t = TOWN_BY_NAME[town]
        style = "pinyin" if english else _weighted(r, dept.region_styles)
        if style == "bare":
            return t.bare
        if style == "old":
            return r.choice(t.old) if t.old else t.bare
        if style == "pinyin":
            return t.pinyin if r.random() < 0.6 else t.pinyin.split()[0]
        return t.name

    def _topics(self, p: Policy, dept: Dept, english: bool) -> list[str]:
        r = self.rng
        if r.random() < dept.no_topics:
            return []
        out: list[str] = []
        if english:
            out += r.sample(EN_BROAD, r.randint(0, 2))
            if dept.slug == "invest-promo":
                out += r.sample(dept.broad, r.randint(0, 2))
        else:
            if r.random() < dept.subject:
                out += list(p.tags) if r.random() < 0.5 else [r.choice(p.tags)]
            if r.random() < dept.area:
                out.append(p.area)
            out += r.sample(dept.broad, min(len(dept.broad), r.choice((0, 1, 1, 2))))
        return list(dict.fromkeys(out))

    def _title(
        self,
        p: Policy,
        dept: Dept,
        kind: str,
        day: date,
        english: bool,
        r: random.Random,
        *,
        series: tuple[int, str] | None,
        day_tag: str | None,
        tour: str | None,
        special: str | None,
        resched: bool,
    ) -> str:
        if english:
            kw = r.choice(KW_EN[kind])
            t = r.choice(EN_TEMPLATES).format(en=p.en, kw=kw, Kw=kw[0].upper() + kw[1:])
            if series:
                t += f" (Session {series[0]})"
            if day_tag:
                town = self._spell_town(dept, day_tag, True, r)
                t += f" ({MONTHS_EN[day.month]} {day.day}, {town})"
            if tour:
                t += f" - {self._spell_town(dept, tour, True, r)} stop"
            if special:
                t += f" ({SECTORS[special][2]} firms)"
            return f"RESCHEDULED: {t}" if resched else t
        owner = dept.slug == p.leads[0]
        name = p.formal if r.random() < (0.55 if owner else 0.25) else r.choice(p.shorts)
        q = r.choice(("第一季度", "一季度")) if day.month <= 3 else "第二季度"
        t = r.choice(dept.templates).format(name=name, kw=r.choice(KW[kind]), yr="2027年", q=q)
        t = t.replace("专题专题", "专题")
        suffix = ""
        if series:
            n, form = series
            suffix += form.format(n=n, c=CN_NUM[n])
        if tour:
            town = self._spell_town(dept, tour, False, r)
            suffix += r.choice(("走进{t}", "（{t}站）", "·{t}专场")).format(t=town)
        if special:
            full, short, _ = SECTORS[special]
            suffix += f"（{r.choice((full, short))}{r.choice(('专场', '企业专场'))}）"
        if day_tag:
            town = self._spell_town(dept, day_tag, False, r)
            suffix += f"（{day.month}月{day.day}日·{town}）"
        if t.endswith("的通知"):
            t = t[: -len("的通知")] + suffix + "的通知"
        else:
            t += suffix
        if r.random() < 0.08 and not t.startswith("【"):
            t = r.choice(("【报名】", "【惠企】", "【公益】")) + t
        if resched:
            t = r.choice(("（改期）{t}", "【改期】{t}", "{t}（改期）")).format(t=t)
        return t

    # ---------------------------------------------------------- add

    def add(
        self,
        p: Policy,
        kind: str,
        lead: str,
        day: date,
        start: int,
        minutes: int,
        sectors: tuple[str, ...],
        towns: tuple[str, ...],
        *,
        origin: str,
        title_seed: int | None = None,
        english: bool | None = None,
        series: tuple[int, str] | None = None,
        day_tag: str | None = None,
        tour: str | None = None,
        special: str | None = None,
        resched: bool = False,
        cancelled: bool = False,
        utc: bool | None = None,
        hosts: list[str] | None = None,
    ) -> _Session:
        r = self.rng
        dept = DEPTS[lead]
        if english is None:
            english = p.foreign and r.random() < dept.english
        seed = r.randrange(2**32) if title_seed is None else title_seed
        title = self._title(
            p,
            dept,
            kind,
            day,
            english,
            random.Random(seed),
            series=series,
            day_tag=day_tag,
            tour=tour,
            special=special,
            resched=resched,
        )
        s = _Session(
            policy=p,
            kind=kind,
            start=datetime(day.year, day.month, day.day, start // 60, start % 60, tzinfo=TZ),
            minutes=minutes,
            hosts=hosts if hosts is not None else self._hosts(p, lead),
            sectors=tuple(sorted(sectors)),
            towns=tuple(t for t in TOWN_NAMES if t in towns),
            title=title,
            english=english,
            origin=origin,
            utc=(r.random() < dept.utc) if utc is None else utc,
            cancelled=cancelled,
        )
        s.posted_sectors = self._spell_sectors(dept, s.sectors, english)
        s.posted_regions = [self._spell_town(dept, t, english, r) for t in s.towns]
        s.topics = self._topics(p, dept, english)
        self.sessions.append(s)
        return s

    # ---------------------------------------------------------- scenarios

    def series(self) -> None:
        """第1期/第2期…: one subject, one audience, 2-5 working days apart."""
        r = self.rng
        p = self._policy()
        kind = r.choice(p.kinds)
        lead = self._lead(p)
        n = r.choice((2, 2, 3, 3, 4))
        days = [self._pick_day()]
        for _ in range(n - 1):
            days.append(self._add_workdays(days[-1], r.randint(2, 5)))
        if days[-1] > LAST_DAY:
            return
        sectors, towns = self._audience(p)
        start, minutes = self._slot(p, kind)
        seed, form, hosts = r.randrange(2**32), r.choice(SERIES_FORMS), self._hosts(p, lead)
        for i, d in enumerate(days, 1):
            if r.random() < 0.3:
                start, minutes = self._slot(p, kind)
            self.add(
                p,
                kind,
                lead,
                d,
                start,
                minutes,
                sectors,
                towns,
                origin="series",
                title_seed=seed,
                series=(i, form),
                hosts=hosts,
            )

    def _pair_same_subject(self, origin: str, gap: tuple[int, ...], other_lead: bool) -> None:
        r = self.rng
        if other_lead:
            p = r.choice([q for q in POLICIES if len(q.leads) > 1 or q.foreign])
            a = p.leads[0]
            others = list(p.leads[1:])
            if p.foreign and a != "invest-promo":
                others += ["invest-promo", "invest-promo"]
            if not others:
                return
            b = r.choice(others)
        else:
            p = self._policy()
            a = b = self._lead(p)
        kind = r.choice(p.kinds)
        for _ in range(20):
            d1 = self._pick_day()
            deltas = [g for g in gap if d1 + timedelta(days=g) <= LAST_DAY]
            deltas = [g for g in deltas if _is_workday(d1 + timedelta(days=g))]
            if deltas:
                break
        else:
            return
        delta = r.choice(deltas)
        d2 = d1 + timedelta(days=delta)
        s1, t1 = self._audience(p)
        s2, t2 = self._meeting(s1, t1)
        start1, min1 = self._slot(p, kind)
        if delta == 0:
            start2, min2 = self._other_slot(p, kind, start1, min1)
        elif delta == WINDOW_DAYS:
            start2, min2 = self._slot(p, kind)
            if start2 > start1 or r.random() < 0.4:
                start2 = start1  # exactly 14×24 h or less, never a bit more
        else:
            start2, min2 = self._slot(p, kind)
        x = self.add(p, kind, a, d1, start1, min1, s1, t1, origin=origin)
        english = True if b == "invest-promo" and r.random() < 0.9 else None
        y = self.add(p, kind, b, d2, start2, min2, s2, t2, origin=origin, english=english)
        if other_lead:
            y.topics = [] if r.random() < 0.45 else [t for t in y.topics if t not in x.topics]

    def reworded(self) -> None:
        """Same subject posted by another department or in English, 0-12 days apart."""
        self._pair_same_subject("reworded", tuple(range(13)), other_lead=True)

    def near_window(self) -> None:
        """Same subject 13 or 14 calendar days apart, never more than 14×24 h."""
        self._pair_same_subject("near_window", (13, 14), other_lead=self.rng.random() < 0.4)

    def outside_window(self) -> None:
        """Same subject, same kind, meeting audiences, 15-18 days apart."""
        self._pair_same_subject(
            "outside_window", (15, 16, 17, 18), other_lead=self.rng.random() < 0.3
        )

    def policy_day(self) -> None:
        """A town's 政策赶集日: several departments, one subject each, relay or at once."""
        r = self.rng
        town = r.choice(TOWNS)
        if town.market:
            cands = [d for d in self.days if d.day % 10 in town.market]
        else:
            cands = list(self.workdays)
        d = r.choices(cands, weights=[1.0 if _segment(c) == "month" else 0.3 for c in cands])[0]
        depts = [s for s in DEPTS if s != "invest-promo"]
        r.shuffle(depts)
        chosen: list[tuple[str, Policy]] = []
        n = r.randint(4, 6)
        for slug in depts:
            pool = [
                p for p in POLICIES if p.leads[0] == slug and (not p.towns or town.name in p.towns)
            ]
            if pool:
                chosen.append((slug, r.choice(pool)))
            if len(chosen) == n:
                break
        mode = r.choice(("relay", "parallel", "pairs"))
        clock = 9 * 60
        for i, (slug, p) in enumerate(chosen):
            kind = PUBLICITY if PUBLICITY in p.kinds and r.random() < 0.8 else p.kinds[0]
            sectors = tuple(p.sectors) if r.random() < 0.5 else ()
            if mode == "parallel":
                start, minutes = 9 * 60 + 30, 90
            elif mode == "relay":
                start, minutes = clock, r.choice((45, 60, 60))
                clock = start + minutes
                if 12 * 60 <= clock < 14 * 60 + 30:  # lunch at the market
                    clock = 14 * 60 + 30
            else:  # two booths, each a relay
                start, minutes = 9 * 60 + 60 * (i // 2), 60
            self.add(
                p,
                kind,
                slug,
                d,
                start,
                minutes,
                sectors,
                (town.name,),
                origin="policy_day",
                day_tag=town.name,
                hosts=[slug],
            )

    def near_miss(self) -> None:
        """Two sibling subjects of one area, titled alike, within days."""
        r = self.rng
        area = r.choice([a for a, ps in self.areas.items() if len(ps) > 1])
        p, q = r.sample(self.areas[area], 2)
        kinds = [k for k in p.kinds if k in q.kinds]
        if not kinds:
            return
        kind = r.choice(kinds)
        common = [d for d in p.leads if d in q.leads]
        la, lb = (common[0], common[0]) if common else (p.leads[0], q.leads[0])
        d1 = self._pick_day()
        d2 = self._add_workdays(d1, r.randint(0, 4))
        if d2 > LAST_DAY:
            return
        sp, tp = self._audience(p)
        sq: tuple[str, ...] = tuple(q.sectors) if _meet(sp, tuple(q.sectors)) else ()
        tq = tp if r.random() < 0.7 else ()
        seed = r.randrange(2**32)
        start1, min1 = self._slot(p, kind)
        start2, min2 = self._slot(q, kind)
        if d1 == d2:
            start2, min2 = self._other_slot(q, kind, start1, min1)
        x = self.add(
            p,
            kind,
            la,
            d1,
            start1,
            min1,
            sp,
            tp,
            origin="near_miss",
            title_seed=seed,
            english=False,
        )
        y = self.add(
            q,
            kind,
            lb,
            d2,
            start2,
            min2,
            sq,
            tq,
            origin="near_miss",
            title_seed=seed,
            english=False,
        )
        shared = [area, *r.sample(DEPTS[la].broad, 1)]
        x.topics = list(dict.fromkeys([*x.topics, *shared]))
        y.topics = list(dict.fromkeys([*y.topics, *shared]))

    def tour(self) -> None:
        """One subject toured town by town (disjoint audiences), sometimes two teams at once."""
        r = self.rng
        p = self._policy([q for q in POLICIES if q.towns] * 2 + list(POLICIES))
        kind = r.choice(p.kinds)
        lead = p.leads[0]
        pool = p.towns if len(p.towns) >= 3 else TOWN_NAMES
        stops = r.sample(pool, r.randint(3, min(5, len(pool))))
        sectors = tuple(p.sectors) if r.random() < 0.6 else ()
        two_teams = r.random() < 0.4
        d = self._pick_day()
        start, minutes = self._slot(p, kind)
        seed, hosts = r.randrange(2**32), self._hosts(p, lead)
        if r.random() < 0.3:  # county-wide kick-off, meets every stop
            ks, km = self._other_slot(p, kind, start, minutes)
            self.add(p, kind, lead, d, ks, km, sectors, (), origin="tour", hosts=hosts)
        for i, town in enumerate(stops):
            if i and (not two_teams or i % 2 == 0):
                d = self._add_workdays(d, 1)
                if r.random() < 0.5:
                    start, minutes = self._slot(p, kind)
            if d > LAST_DAY:
                return
            self.add(
                p,
                kind,
                lead,
                d,
                start,
                minutes,
                sectors,
                (town,),
                origin="tour",
                title_seed=seed,
                tour=town,
                hosts=hosts,
            )

    def sector_special(self) -> None:
        """Sector 专场: one subject, one session per sector, same hour or following days."""
        r = self.rng
        p = self._policy([q for q in POLICIES if len(q.sectors) != 1])
        kind = r.choice(p.kinds)
        lead = self._lead(p)
        letters = list(p.sectors or "BCEFH")
        picked = r.sample(letters, min(len(letters), r.choice((2, 2, 3))))
        towns: tuple[str, ...] = () if r.random() < 0.7 else (r.choice(TOWN_NAMES),)
        same_hour = r.random() < 0.5
        d = self._pick_day()
        start, minutes = self._slot(p, kind)
        seed, hosts = r.randrange(2**32), self._hosts(p, lead)
        for i, letter in enumerate(picked):
            if i and not same_hour:
                d = self._add_workdays(d, 1)
            if d > LAST_DAY:
                return
            self.add(
                p,
                kind,
                lead,
                d,
                start,
                minutes,
                (letter,),
                towns,
                origin="sector_special",
                title_seed=seed,
                special=letter,
                hosts=hosts,
            )

    def other_kind(self) -> None:
        """Publicity then training on the same subject, same audience, within a week."""
        r = self.rng
        p = self._policy([q for q in POLICIES if len(q.kinds) == 2])
        lead = self._lead(p)
        d1 = self._pick_day()
        d2 = self._add_workdays(d1, r.randint(0, 5))
        if d2 > LAST_DAY:
            return
        sectors, towns = self._audience(p)
        s1, m1 = self._slot(p, PUBLICITY)
        s2, m2 = self._slot(p, TRAINING)
        if d1 == d2:
            s2, m2 = self._other_slot(p, TRAINING, s1, m1)
        kinds = [PUBLICITY, TRAINING]
        r.shuffle(kinds)
        self.add(p, kinds[0], lead, d1, s1, m1, sectors, towns, origin="other_kind")
        self.add(p, kinds[1], lead, d2, s2, m2, sectors, towns, origin="other_kind")

    def reschedule(self) -> None:
        """A session cancelled and posted again as （改期） a few days later."""
        r = self.rng
        p = self._policy()
        kind = r.choice(p.kinds)
        lead = self._lead(p)
        d1 = self._pick_day()
        sectors, towns = self._audience(p)
        s1, m1 = self._slot(p, kind)
        same_day = r.random() < 0.25
        d2 = d1 if same_day else self._add_workdays(d1, r.randint(1, 6))
        if d2 > LAST_DAY:
            return
        s2, m2 = self._other_slot(p, kind, s1, m1) if same_day else (s1, m1)
        seed, hosts = r.randrange(2**32), self._hosts(p, lead)
        english = p.foreign and lead == "invest-promo"
        self.add(
            p,
            kind,
            lead,
            d1,
            s1,
            m1,
            sectors,
            towns,
            origin="reschedule",
            title_seed=seed,
            english=english,
            cancelled=True,
            hosts=hosts,
        )
        self.add(
            p,
            kind,
            lead,
            d2,
            s2,
            m2,
            sectors,
            towns,
            origin="reschedule",
            title_seed=seed,
            english=english,
            resched=True,
            hosts=hosts,
        )

    def plain_cancel(self) -> None:
        """A cancelled session that would duplicate or collide with a live one."""
        r = self.rng
        live = [s for s in self.sessions if not s.cancelled and s.origin != "policy_day"]
        if not live:
            return
        s = r.choice(live)
        if r.random() < 0.5:  # would be redundant
            p = s.policy
            lead = self._lead(p)
            d = self._add_workdays(s.day, r.randint(1, 6))
            if d > LAST_DAY:
                return
            start, minutes = self._slot(p, s.kind)
            sectors, towns = self._meeting(s.sectors, s.towns)
            self.add(
                p,
                s.kind,
                lead,
                d,
                start,
                minutes,
                sectors,
                towns,
                origin="cancelled",
                cancelled=True,
            )
        else:  # would conflict
            p = self._policy()
            if p.pid == s.policy.pid:
                return
            kind = r.choice(p.kinds)
            start = s.clock + r.choice((-30, 0, 30))
            self.add(
                p,
                kind,
                self._lead(p),
                s.day,
                start,
                s.minutes,
                s.sectors,
                s.towns,
                origin="cancelled",
                cancelled=True,
            )

    def back_to_back(self) -> None:
        """Two subjects for the same audience, the second starting as the first ends."""
        r = self.rng
        p = self._policy()
        sectors, towns = self._audience(p)
        pool = [q for q in POLICIES if q.pid != p.pid and _meet(tuple(q.sectors), sectors)]
        same_dept = [q for q in pool if q.leads[0] == p.leads[0]]
        q = r.choice(same_dept if same_dept and r.random() < 0.6 else pool)
        k1, k2 = r.choice(p.kinds), r.choice(q.kinds)
        d = self._pick_day()
        if r.random() < 0.5:
            start, m1, m2 = r.choice((8 * 60 + 30, 9 * 60)), r.choice((60, 90)), r.choice((60, 90))
        else:
            start, m1, m2 = (
                r.choice((14 * 60, 14 * 60 + 30)),
                r.choice((60, 90)),
                r.choice((60, 90)),
            )
        one_utc = r.random() < 0.5
        first_utc = r.random() < 0.5
        self.add(
            p,
            k1,
            self._lead(p),
            d,
            start,
            m1,
            sectors,
            towns,
            origin="back_to_back",
            utc=(first_utc if one_utc else None),
        )
        self.add(
            q,
            k2,
            self._lead(q),
            d,
            start + m1,
            m2,
            sectors,
            towns,
            origin="back_to_back",
            utc=(not first_utc if one_utc else None),
        )

    def same_hour_disjoint(self) -> None:
        """Two sessions at the same hour whose audiences do not meet."""
        r = self.rng
        p = self._policy()
        q = p if r.random() < 0.35 else self._policy()
        k1, k2 = r.choice(p.kinds), r.choice(q.kinds)
        d = self._pick_day()
        start, minutes = self._slot(p, k1)
        a, b = r.sample(TOWN_NAMES, 2)
        s1: tuple[str, ...]
        t1: tuple[str, ...]
        s2: tuple[str, ...]
        t2: tuple[str, ...]
        if r.random() < 0.6:
            s1, t1, s2, t2 = tuple(p.sectors), (a,), tuple(q.sectors), (b,)
        else:
            x, y = r.sample(list("ABCEFGH"), 2)
            s1, t1, s2, t2 = (x,), (), (y,), ()
        self.add(p, k1, self._lead(p), d, start, minutes, s1, t1, origin="same_hour_disjoint")
        self.add(
            q,
            k2,
            self._lead(q),
            d,
            start,
            r.choice((minutes, 60, 90)),
            s2,
            t2,
            origin="same_hour_disjoint",
        )

    def background(self, segment: str) -> None:
        r = self.rng
        p = self._policy()
        kind = r.choice(p.kinds)
        lead = self._lead(p)
        days = [d for d in self.workdays if _segment(d) == segment]
        if lead in ("agri-rural", "tea-center") and r.random() < 0.15:
            days = [d for d in self.days if _segment(d) == segment and d.weekday() == 5]
        d = r.choice(days)
        start, minutes = self._slot(p, kind)
        sectors, towns = self._audience(p)
        self.add(p, kind, lead, d, start, minutes, sectors, towns, origin="background")

    # ---------------------------------------------------------- assembly

    def build(self) -> None:
        r = self.rng
        plan: list[tuple[int, Any]] = [
            (30, self.series),
            (30, self.reworded),
            (10, self.near_window),
            (10, self.outside_window),
            (7, self.policy_day),
            (22, self.near_miss),
            (8, self.tour),
            (7, self.sector_special),
            (14, self.other_kind),
            (10, self.reschedule),
            (15, self.back_to_back),
            (10, self.same_hour_disjoint),
        ]
        steps = [fn for n, fn in plan for _ in range(n)]
        r.shuffle(steps)
        for fn in steps:
            fn()
        for _ in range(12):
            self.plain_cancel()
        targets = {"before": 56 + r.randint(0, 8), "month": 485 + r.randint(0, 30)}
        targets["after"] = 56 + r.randint(0, 8)
        for _ in range(20):
            short = False
            for seg, target in targets.items():
                while sum(1 for s in self.sessions if _segment(s.day) == seg) < target:
                    short = True
                    self.background(seg)
            if not short:
                break
            self._clean()
        order = list(range(len(self.sessions)))
        r.shuffle(order)
        for key, i in enumerate(order, 1):
            self.sessions[i].key = 1000 + key

    def _clean(self) -> None:
        """Remove boundary ambiguities between sessions of one subject.

        * one subject, meeting audiences, overlapping times: two departments would read this
          as one event posted twice, so one of them goes (background first);
        * one subject and kind, meeting audiences, 14 calendar days apart but more than
          14×24 h: the later one moves to the earlier one's clock, or goes if background.
        """
        for _ in range(200):
            by_policy: dict[str, list[_Session]] = {}
            for s in self.sessions:
                by_policy.setdefault(s.policy.pid, []).append(s)
            problem: tuple[_Session, _Session, str] | None = None
            for group in by_policy.values():
                for i, a in enumerate(group):
                    for b in group[i + 1 :]:
                        if not _audiences_meet(a, b):
                            continue
                        if _overlap(a, b):
                            problem = (a, b, "overlap")
                        elif (
                            a.kind == b.kind
                            and not a.cancelled
                            and not b.cancelled
                            and abs((a.day - b.day).days) == WINDOW_DAYS
                            and abs(a.start - b.start) > WINDOW
                        ):
                            problem = (a, b, "window")
                        if problem:
                            break
                    if problem:
                        break
                if problem:
                    break
            if problem is None:
                return
            a, b, what = problem
            later = b if b.start > a.start else a
            earlier = a if later is b else b
            if what == "window" and "background" not in (a.origin, b.origin):
                later.start = later.start.replace(
                    hour=earlier.start.hour, minute=earlier.start.minute
                )
                continue
            victim = b if b.origin == "background" or a.origin != "background" else a
            self.sessions.remove(victim)
        raise RuntimeError("could not settle boundary cases")


# -------------------------------------------------------------------- truth


def _truth(sessions: list[_Session]) -> dict[str, list[list[int]]]:
    conflict: list[list[int]] = []
    redundant: list[list[int]] = []
    live = sorted((s for s in sessions if not s.cancelled), key=lambda s: s.key)
    for i, a in enumerate(live):
        for b in live[i + 1 :]:
            if not _audiences_meet(a, b):
                continue
            if _overlap(a, b):
                conflict.append([a.key, b.key])
            if (
                a.kind == b.kind
                and a.policy.pid == b.policy.pid
                and abs(a.start - b.start) <= WINDOW
            ):
                redundant.append([a.key, b.key])
    return {"CONFLICT": sorted(conflict), "REDUNDANT": sorted(redundant)}


def _census(sessions: list[_Session]) -> Counter[str]:
    """Counts of positives by phenomenon and of hard negatives by kind (pairs)."""
    c: Counter[str] = Counter()
    for s in sessions:
        c[f"sessions_{_segment(s.day)}"] += 1
        c["sessions_cancelled"] += s.cancelled
        c["sessions_utc"] += s.utc
        c["sessions_english"] += s.english
        c["sessions_no_topics"] += not s.topics
    for i, a in enumerate(sessions):
        for b in sessions[i + 1 :]:
            meet = _audiences_meet(a, b)
            overlap = _overlap(a, b)
            touch = a.end == b.start or b.end == a.start
            dt = abs(a.start - b.start)
            same_p = a.policy.pid == b.policy.pid
            same_k = a.kind == b.kind
            live = not a.cancelled and not b.cancelled
            shared_topic = bool(set(a.topics) & set(b.topics))
            if live and meet and overlap:
                c["pos_conflict"] += 1
                c["pos_conflict_one_side_utc"] += a.utc != b.utc
            if live and meet and same_p and same_k and dt <= WINDOW:
                c["pos_redundant"] += 1
                c["pos_redundant_other_lead"] += a.hosts[0] != b.hosts[0]
                c["pos_redundant_english_vs_chinese"] += a.english != b.english
                c["pos_redundant_no_shared_topic"] += not shared_topic
                c["pos_redundant_no_topics_one_side"] += not a.topics or not b.topics
                c["pos_redundant_title_differs"] += a.title != b.title
                c["pos_redundant_audience_spelled_differently"] += (
                    a.posted_sectors != b.posted_sectors or a.posted_regions != b.posted_regions
                )
                c["pos_redundant_13_to_14_days"] += dt > timedelta(days=13)
                c["pos_redundant_exactly_14x24h"] += dt == WINDOW
                c["pos_redundant_series"] += a.origin == b.origin == "series"
                c["pos_redundant_one_side_utc"] += a.utc != b.utc
            # hard negatives for REDUNDANT
            if live and meet and same_k and not same_p and dt <= WINDOW:
                if a.policy.area == b.policy.area:
                    c["neg_redundant_sibling_subject"] += 1
                elif shared_topic:
                    c["neg_redundant_shared_topic_other_subject"] += 1
            if (
                live
                and not same_p
                and a.day == b.day
                and a.towns
                and b.towns
                and set(a.towns) & set(b.towns)
            ):
                c["neg_redundant_same_day_same_town"] += 1
            if live and same_p and same_k and dt <= WINDOW and not meet:
                c["neg_redundant_same_subject_disjoint_audience"] += 1
            if live and same_p and not same_k and meet and dt <= WINDOW:
                c["neg_redundant_same_subject_other_kind"] += 1
            if live and same_p and same_k and meet and WINDOW < dt <= OUTSIDE_MAX:
                c["neg_redundant_same_subject_15_to_18_days"] += 1
            if not live and meet and same_p and same_k and dt <= WINDOW:
                c["neg_redundant_cancelled"] += 1
            # hard negatives for CONFLICT
            if live and meet and touch:
                c["neg_conflict_back_to_back"] += 1
                c["neg_conflict_back_to_back_one_side_utc"] += a.utc != b.utc
            if live and overlap and not meet:
                c["neg_conflict_overlap_disjoint_audience"] += 1
                c["neg_conflict_same_start_disjoint_audience"] += a.start == b.start
            if not live and meet and overlap:
                c["neg_conflict_cancelled"] += 1
    return c


def _build(seed: int) -> _Month:
    month = _Month(seed)
    month.build()
    return month


def _export(s: _Session) -> dict[str, Any]:
    return {
        "key": s.key,
        "kind": s.kind,
        "title": s.title,
        "start": _iso(s.start, s.utc),
        "end": _iso(s.end, s.utc),
        "topics": list(s.topics),
        "sectors": list(s.posted_sectors),
        "regions": list(s.posted_regions),
        "hosts": list(s.hosts),
        "cancelled": s.cancelled,
    }


def generate(seed: int = 0) -> dict[str, Any]:
    month = _build(seed)
    sessions = sorted(month.sessions, key=lambda s: (s.start, s.key))
    return {
        "windowDays": WINDOW_DAYS,
        "sessions": [_export(s) for s in sessions],
        "pairs": _truth(month.sessions),
    }


if __name__ == "__main__":
    import sys

    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    month = _build(seed)
    data = generate(seed)
    print(f"seed {seed}: {len(data['sessions'])} sessions")
    print(f"CONFLICT pairs:  {len(data['pairs']['CONFLICT'])}")
    print(f"REDUNDANT pairs: {len(data['pairs']['REDUNDANT'])}")
    for name, n in sorted(_census(month.sessions).items()):
        print(f"  {name:52s} {n:6d}")
