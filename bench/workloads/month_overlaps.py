"""棠溪县 (Tangxi): one labelled month of overlaps between enterprise sessions.

Tangxi is an invented county with two 街道 and seven 镇 (``REGIONS``).  Thirteen county
departments and the nine town governments (``DEPARTMENTS``) post trainings (TRAINING) and
policy-publicity sessions (PUBLICITY) for enterprises.  ``generate(seed)`` returns the already
merged *sessions* of March 2027 (about 500) plus the two neighbouring weeks on either side
(2027-02-15 .. 2027-04-14, about 60 each), labelled with every true overlap pair in the format of
``bench/overlaps_quality.py``:

    {"windowDays": 14,
     "sessions": [{"key", "kind", "title", "start", "end", "topics", "sectors", "regions",
                   "hosts", "cancelled"}],
     "pairs": {"CONFLICT": [[k1, k2], ...], "REDUNDANT": [[k1, k2], ...]}}

The same seed gives the same month.

Ground truth
------------
Every session carries a hidden policy id (``CATALOGUE``: 73 policies of 13 departments); it is
what the session really explains to enterprises, whatever its title or topics say.  Pairs are
computed by brute force over all pairs of sessions, with keys ordered ``k1 < k2``:

  * audiences intersect  <=>  the canonical sector sets intersect or one of them is empty (open
    to every sector), and likewise the canonical region sets;
  * CONFLICT   <=>  neither is cancelled, audiences intersect, and ``a.start < b.end and
    b.start < a.end`` (touching, ``a.end == b.start``, is not a conflict);
  * REDUNDANT  <=>  neither is cancelled, audiences intersect, same kind, same policy id, and
    ``|a.start - b.start| <= 14 days``.

Conventions
-----------
  * Times: Asia/Shanghai wall-clock (``+08:00``); 税务局 (tax) writes about 60% and 发改局 (fgj)
    about 30% of its sessions in UTC with a ``Z`` suffix.  Sessions last 1 hour to a day; a few
    courses run 2-5 days as one session (day 1 09:00 to the last day 17:00).  Weekdays 08:30-17:00,
    a few Saturday sessions and 19:00 webinars; 清明 (2027-04-05) is skipped.
  * "Days apart" is the difference of the two start instants.  No same-policy, same-kind pair with
    intersecting audiences starts exactly 14 calendar days apart at a later time of day, so that
    reading the window in calendar days (Asia/Shanghai) gives the same labels; pairs exactly
    14 x 24 h apart are inside the window.
  * Two sessions of one policy with intersecting audiences never intersect in time (they would be
    one session posted twice, which merging removes before overlaps are judged).
  * Sectors are GB/T 4754-2017 section letters ("C") or the section's Chinese name ("制造业"),
    by department; regions are town names with their suffix ("长宁镇", "城关街道") or without
    ("长宁", "城关"), by department and sometimes mixed in one list.  Both map back to the letter
    and the full town name in the ground truth.  ``[]`` means everyone.
  * Series numbers and 专场 do not make sessions different subjects: 第1期 and 第2期 of one
    training for intersecting audiences within 14 days are REDUNDANT, as the definition says; a
    town's 专场 and another town's 专场 have disjoint audiences and are not.
  * A rescheduled session is the cancelled original plus a new session (often "（改期）").
  * Hosts are department slugs; a co-hosted session lists the leading department first, and the
    title, topics and audience spelling are in the leading department's words.

What the month contains
-----------------------
Positives a detector must find although the text differs:
  * the same policy in other words by another department ("药店GSP合规辅导" / "药品经营质量管理
    规范业务培训"; "个税汇算" / "个人所得税年度汇算"; "留抵退税" / "增值税期末留抵退税"; "稳岗返还" /
    "失业保险稳岗返还"), or in English ("Export tax rebate filing workshop" / "出口退（免）税申报
    辅导"), often with no topic in common or no topics at all;
  * audiences spelled differently ("C" / "制造业", "长宁" / "长宁镇", [] / a town);
  * series (第1期/第2期, fortnightly sessions exactly 14 days apart) and sessions 13-14 days apart.

Hard negatives (different truth although the text or the times look alike):
  * same date, town and generic words, other subject: a town's 政策服务日 puts four or five
    departments' sessions on one day, all titled "…宣讲会（3月9日·长宁镇）", back to back or in
    two rooms at once ("养老保险宣讲会（3月9日·长宁镇）" vs "个税汇算宣讲会（3月9日·长宁镇）");
    generic title words (培训会, 宣讲会, 政策, 解读, 辅导, 专题, 说明会, 惠企, 企业, 2027年,
    第一季度, 【报名】, （公益）, 关于开展…的通知, 惠企政策宣讲会——…专场) appear everywhere;
  * near-miss subjects in one policy area (``SIBLINGS``), titled alike by the same department within
    days: 企业所得税汇算清缴 vs 个人所得税年度汇算 vs 个税扣缴申报, 留抵退税 vs 数电发票, 工伤保险 vs
    失业保险稳岗返还, 食品经营许可 vs 食品安全抽检, 出口退税 vs 进口关税, 高企认定 vs 科技型中小
    企业评价, 危险化学品 vs 危险废物, GSP vs 医保定点药店, 商标 vs 专利, …;
  * shared topics that are not a subject: broad tags (惠企, 营商环境, 稳外贸, 外贸政策, 安全生产,
    稳就业, …) and area tags shared by sibling policies (增值税, 社保, 食品安全, 知识产权, …);
    a session on 优化营商环境条例 is a subject of its own, the tag 营商环境 on others is not;
  * same subject, disjoint audiences: sector 专场 (制造业企业专场 / 批发和零售业企业专场, sometimes
    at the same hour) and town tours (长宁镇专场, 石桥镇专场, … on following working days);
  * same subject, other kind (a 宣讲 PUBLICITY and a TRAINING 培训 within eight days);
  * same subject just outside the window (15-18 days apart, monthly 第1期/第2期);
  * cancelled sessions (reschedules and plain cancellations) that would otherwise conflict or be
    redundant;
  * back-to-back sessions for one audience (end == start), also with one side written in UTC
    ("…T02:30:00Z" ending when "…T10:30:00+08:00" starts), and same-hour sessions whose audiences
    are disjoint (no conflict).

``python bench/workloads/month_overlaps.py [seed]`` prints the counts of sessions, pairs and
each kind of hard negative, counted over all pairs by brute force from the ground truth.  A
pair counts under a redundancy look-alike ("other_subject_…", "near_miss_subject") when it
is not REDUNDANT only because the subjects differ (same kind, intersecting audiences, both
active, within the window); under "same_subject_…" when it is the same subject but fails one
other condition; "back_to_back" and "same_time_disjoint_audience" are conflict look-alikes;
"cancelled_would_…" pairs would be labelled but for a cancellation.  A pair can fall under
several counts.  Seed 0 gives 620 sessions, about 1,500 CONFLICT and 800 REDUNDANT pairs.
"""

from __future__ import annotations

import random
import sys
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Literal, TypedDict

Kind = Literal["TRAINING", "PUBLICITY"]
TRAINING: Kind = "TRAINING"
PUBLICITY: Kind = "PUBLICITY"

COUNTY = "棠溪县"
CST = timezone(timedelta(hours=8))  # Asia/Shanghai has had no daylight saving since 1991
WINDOW_DAYS = 14
WINDOW = timedelta(days=WINDOW_DAYS)
MONTH_FIRST = date(2027, 3, 1)
MONTH_LAST = date(2027, 3, 31)
SPAN_FIRST = date(2027, 2, 15)
SPAN_LAST = date(2027, 4, 14)
HOLIDAYS = frozenset({date(2027, 4, 5)})  # 清明
MONTH_SESSIONS = 500
MARGIN_SESSIONS = 60  # on each side of the month

# --------------------------------------------------------------------------- county

# canonical town name -> the name without 镇 / 街道
REGIONS: dict[str, str] = {
    "城关街道": "城关",
    "东城街道": "东城",
    "长宁镇": "长宁",
    "石桥镇": "石桥",
    "柳河镇": "柳河",
    "青山镇": "青山",
    "白鹭镇": "白鹭",
    "新安镇": "新安",
    "双溪镇": "双溪",
}
TOWN_NAMES: tuple[str, ...] = tuple(REGIONS)
# in English titles
TOWN_EN: dict[str, str] = {
    "城关街道": "Chengguan Subdistrict",
    "东城街道": "Dongcheng Subdistrict",
    "长宁镇": "Changning Town",
    "石桥镇": "Shiqiao Town",
    "柳河镇": "Liuhe Town",
    "青山镇": "Qingshan Town",
    "白鹭镇": "Bailu Town",
    "新安镇": "Xin'an Town",
    "双溪镇": "Shuangxi Town",
}

# GB/T 4754-2017 sections used by the county's sessions: letter -> Chinese name
SECTIONS: dict[str, str] = {
    "A": "农、林、牧、渔业",
    "C": "制造业",
    "D": "电力、热力、燃气及水生产和供应业",
    "E": "建筑业",
    "F": "批发和零售业",
    "G": "交通运输、仓储和邮政业",
    "H": "住宿和餐饮业",
    "I": "信息传输、软件和信息技术服务业",
    "K": "房地产业",
    "L": "租赁和商务服务业",
    "M": "科学研究和技术服务业",
    "N": "水利、环境和公共设施管理业",
    "O": "居民服务、修理和其他服务业",
    "Q": "卫生和社会工作",
}
# how a sector 专场 is called in a title: letter -> (Chinese, English)
SECTOR_SPECIAL: dict[str, tuple[str, str]] = {
    "A": ("农业经营主体", "Agribusiness"),
    "C": ("制造业企业", "Manufacturers"),
    "E": ("建筑业企业", "Construction Firms"),
    "F": ("批发和零售业企业", "Wholesale and Retail"),
    "G": ("物流企业", "Logistics"),
    "H": ("餐饮住宿企业", "Catering and Hotels"),
    "I": ("软件和信息服务企业", "IT Services"),
    "M": ("科技服务企业", "Technical Services"),
    "O": ("个体工商户", "Sole Proprietors"),
    "Q": ("医疗机构", "Healthcare"),
}

DEPARTMENTS: dict[str, str] = {
    "tax": "国家税务总局棠溪县税务局",
    "rsj": "棠溪县人力资源和社会保障局",
    "scjg": "棠溪县市场监督管理局",
    "swj": "棠溪县商务局",
    "gxj": "棠溪县工业和信息化局",
    "nyj": "棠溪县农业农村局",
    "ybj": "棠溪县医疗保障局",
    "yjj": "棠溪县应急管理局",
    "sthj": "棠溪生态环境局",
    "kjj": "棠溪县科学技术局",
    "zjj": "棠溪县住房和城乡建设局",
    "fgj": "棠溪县发展和改革局",
    "czj": "棠溪县财政局",
    "chengguan": "棠溪县城关街道办事处",
    "dongcheng": "棠溪县东城街道办事处",
    "changning": "棠溪县长宁镇人民政府",
    "shiqiao": "棠溪县石桥镇人民政府",
    "liuhe": "棠溪县柳河镇人民政府",
    "qingshan": "棠溪县青山镇人民政府",
    "bailu": "棠溪县白鹭镇人民政府",
    "xinan": "棠溪县新安镇人民政府",
    "shuangxi": "棠溪县双溪镇人民政府",
}
TOWN_GOV: dict[str, str] = {
    "城关街道": "chengguan",
    "东城街道": "dongcheng",
    "长宁镇": "changning",
    "石桥镇": "shiqiao",
    "柳河镇": "liuhe",
    "青山镇": "qingshan",
    "白鹭镇": "bailu",
    "新安镇": "xinan",
    "双溪镇": "shuangxi",
}
GOV_TOWN: dict[str, str] = {slug: town for town, slug in TOWN_GOV.items()}


# --------------------------------------------------------------------------- policies


@dataclass(frozen=True)
class Policy:
    """One policy subject.  ``zh``/``en`` are title cores in different departments' words."""

    pid: str
    hosts: tuple[str, ...]
    kinds: tuple[Kind, ...]  # the usual kind first
    sectors: tuple[str, ...]  # usual audience; () = every sector
    zh: tuple[str, ...]
    en: tuple[str, ...]
    tags: tuple[str, ...]  # spellings of this subject as a topic (no other policy uses them)
    area: tuple[str, ...]  # area tags shared with sibling subjects
    weight: float = 1.0
    law: bool = False  # a law or regulation: no "政策" in the title


def _pol(
    pid: str,
    hosts: tuple[str, ...],
    kinds: tuple[Kind, ...],
    sectors: str,
    zh: tuple[str, ...],
    en: tuple[str, ...],
    tags: tuple[str, ...],
    area: tuple[str, ...],
    weight: float = 1.0,
    law: bool = False,
) -> Policy:
    return Policy(pid, hosts, kinds, tuple(sectors), zh, en, tags, area, weight, law)


T, P = TRAINING, PUBLICITY
CATALOGUE: tuple[Policy, ...] = (
    # 税务局 ---------------------------------------------------------------
    _pol(
        "iit_annual",
        ("tax",),
        (P, T),
        "",
        ("个人所得税年度汇算", "个税汇算", "个税年度汇算", "综合所得年度汇算", "2026年度个税汇算"),
        ("Individual income tax annual reconciliation", "IIT annual filing"),
        ("个税汇算", "个人所得税年度汇算", "年度汇算"),
        ("个人所得税", "所得税"),
        2.0,
    ),
    _pol(
        "iit_withholding",
        ("tax",),
        (T, P),
        "",
        ("个人所得税全员全额扣缴申报", "个税扣缴申报", "扣缴义务人个税申报"),
        ("IIT withholding filing for employers",),
        ("个税扣缴", "扣缴申报"),
        ("个人所得税", "所得税"),
    ),
    _pol(
        "cit_annual",
        ("tax",),
        (T, P),
        "",
        ("企业所得税汇算清缴", "2026年度企业所得税汇算清缴", "企业所得税年度纳税申报"),
        ("Corporate income tax annual settlement", "CIT annual filing"),
        ("企业所得税汇算清缴", "汇算清缴"),
        ("企业所得税", "所得税"),
        2.0,
    ),
    _pol(
        "vat_refund",
        ("tax",),
        (P, T),
        "CFI",
        ("增值税期末留抵退税", "留抵退税", "增值税留抵退税", "增量留抵退税"),
        ("VAT credit refund", "Excess input VAT refund"),
        ("留抵退税", "增值税留抵退税"),
        ("增值税",),
        1.5,
    ),
    _pol(
        "e_invoice",
        ("tax",),
        (T, P),
        "",
        ("数电发票", "全面数字化的电子发票", "全电发票", "数电票开具"),
        ("Fully digitalised e-invoice", "Digital e-invoice"),
        ("数电发票", "全电发票", "数电票"),
        ("增值税", "发票"),
        1.5,
    ),
    _pol(
        "small_vat",
        ("tax",),
        (P,),
        "FHO",
        ("小规模纳税人增值税减免", "小规模纳税人减征增值税", "小规模纳税人增值税优惠"),
        (),
        ("小规模纳税人", "增值税减免"),
        ("增值税", "税费优惠"),
    ),
    _pol(
        "liushui",
        ("tax",),
        (P,),
        "",
        ("“六税两费”减征", "六税两费减半征收", "小微企业六税两费减免"),
        (),
        ("六税两费",),
        ("税费优惠",),
    ),
    _pol(
        "rd_deduction",
        ("tax", "kjj"),
        (P, T),
        "CIM",
        ("研发费用加计扣除", "研发费用税前加计扣除", "企业研发费用加计扣除"),
        ("R&D expense super deduction", "R&D super deduction"),
        ("研发费用加计扣除", "加计扣除", "研发费用"),
        ("税费优惠", "科技创新"),
        1.5,
    ),
    _pol(
        "export_rebate",
        ("tax", "swj"),
        (T, P),
        "CF",
        (
            "出口退（免）税申报",
            "出口退税",
            "出口退税申报",
            "外贸企业出口退税",
            "生产企业出口退（免）税",
        ),
        ("Export tax rebate filing", "Export VAT rebate", "Export tax refund"),
        ("出口退税", "出口退（免）税", "退税申报"),
        ("出口",),
        1.5,
    ),
    # 商务局 ---------------------------------------------------------------
    _pol(
        "import_tariff",
        ("swj",),
        (P,),
        "CF",
        ("进口关税", "进口环节关税", "进口关税减免"),
        ("Import tariff", "Import duty"),
        ("进口关税", "关税"),
        ("进口",),
    ),
    _pol(
        "export_credit",
        ("swj",),
        (P,),
        "CF",
        ("出口信用保险", "短期出口信用保险", "出口信保"),
        ("Export credit insurance",),
        ("出口信保", "出口信用保险"),
        ("出口",),
    ),
    _pol(
        "cross_border_ecom",
        ("swj",),
        (T, P),
        "CF",
        ("跨境电商出口", "跨境电子商务出口业务", "跨境电商B2B出口"),
        ("Cross-border e-commerce export",),
        ("跨境电商",),
        ("电商",),
    ),
    _pol(
        "live_ecom",
        ("swj", "nyj"),
        (T,),
        "AF",
        ("直播电商", "直播带货", "农产品电商直播"),
        ("Livestream e-commerce",),
        ("直播电商", "直播带货"),
        ("电商",),
    ),
    _pol(
        "rcep_origin",
        ("swj",),
        (T, P),
        "CF",
        ("RCEP原产地证书申领", "RCEP原产地规则", "RCEP原产地证书"),
        ("RCEP certificate of origin",),
        ("RCEP", "原产地证书"),
        ("出口",),
    ),
    _pol(
        "trade_in",
        ("swj",),
        (P,),
        "F",
        ("消费品以旧换新", "以旧换新补贴", "汽车和家电以旧换新"),
        (),
        ("以旧换新",),
        ("促消费",),
    ),
    # 人社局 ---------------------------------------------------------------
    _pol(
        "pension",
        ("rsj",),
        (P,),
        "",
        ("养老保险", "企业职工基本养老保险", "职工养老保险", "基本养老保险"),
        ("Basic pension insurance",),
        ("养老保险", "职工养老保险"),
        ("社保",),
        1.5,
    ),
    _pol(
        "injury",
        ("rsj",),
        (P, T),
        "CEG",
        ("工伤保险", "工伤保险参保与待遇", "工伤保险政策"),
        (),
        ("工伤保险",),
        ("社保",),
    ),
    _pol(
        "unemp_stable",
        ("rsj",),
        (P,),
        "",
        ("失业保险稳岗返还", "稳岗返还", "稳岗返还资金申领"),
        ("Job-retention refund of unemployment insurance",),
        ("稳岗返还", "失业保险稳岗返还"),
        ("失业保险", "社保"),
        1.5,
    ),
    _pol(
        "skill_subsidy",
        ("rsj",),
        (P,),
        "",
        ("失业保险技能提升补贴", "技能提升补贴", "职工技能提升补贴申领"),
        (),
        ("技能提升补贴",),
        ("失业保险",),
    ),
    _pol(
        "hiring_subsidy",
        ("rsj",),
        (P,),
        "",
        ("一次性扩岗补助", "扩岗补助", "企业吸纳就业一次性扩岗补助"),
        (),
        ("扩岗补助", "一次性扩岗补助"),
        ("就业补贴",),
    ),
    _pol(
        "skill_cert",
        ("rsj",),
        (T,),
        "CHO",
        ("职业技能等级认定", "企业职业技能等级自主评价", "技能等级认定"),
        (),
        ("技能等级认定", "技能评价"),
        ("技能",),
    ),
    _pol(
        "labor_contract",
        ("rsj",),
        (T, P),
        "",
        ("劳动合同管理", "劳动用工合规", "劳动合同与用工风险防范"),
        (),
        ("劳动合同", "劳动用工风险"),
        ("劳动关系",),
    ),
    _pol(
        "migrant_wage",
        ("zjj", "rsj"),
        (P, T),
        "E",
        ("保障农民工工资支付条例", "农民工工资支付", "根治欠薪", "农民工工资专用账户管理"),
        (),
        ("农民工工资", "根治欠薪"),
        ("劳动关系",),
    ),
    # 医保局 ---------------------------------------------------------------
    _pol(
        "medins_pharmacy",
        ("ybj",),
        (T, P),
        "FQ",
        ("医保定点零售药店管理", "定点药店医保服务协议管理", "医保定点药店规范管理"),
        (),
        ("定点药店", "医保定点"),
        ("医保", "药店"),
    ),
    _pol(
        "employer_medins",
        ("ybj",),
        (P,),
        "",
        ("职工医保参保缴费", "职工基本医疗保险参保", "单位职工医保参保登记"),
        (),
        ("职工医保", "参保缴费"),
        ("医保", "社保"),
    ),
    _pol(
        "maternity",
        ("ybj",),
        (P,),
        "",
        ("生育津贴申领", "生育保险待遇", "生育津贴"),
        (),
        ("生育津贴", "生育保险"),
        ("医保", "社保"),
    ),
    # 市场监管局 -------------------------------------------------------------
    _pol(
        "gsp",
        ("scjg", "ybj"),
        (T,),
        "F",
        ("药品经营质量管理规范", "药店GSP合规", "零售药店GSP", "药品GSP"),
        ("GSP compliance for retail pharmacies", "Good Supply Practice for pharmacies"),
        ("GSP", "药品经营质量管理规范"),
        ("药品安全", "药店"),
    ),
    _pol(
        "food_license",
        ("scjg",),
        (T, P),
        "FH",
        ("食品经营许可", "食品经营许可办理", "食品经营许可证申办"),
        (),
        ("食品经营许可", "许可办理"),
        ("食品安全",),
    ),
    _pol(
        "food_sampling",
        ("scjg",),
        (P, T),
        "CFH",
        ("食品安全抽检", "食品安全监督抽检", "食品抽检"),
        (),
        ("食品抽检", "食品安全抽检"),
        ("食品安全",),
    ),
    _pol(
        "special_equipment",
        ("scjg",),
        (T,),
        "CEK",
        ("特种设备安全", "电梯和锅炉安全管理", "特种设备使用单位主体责任"),
        (),
        ("特种设备",),
        ("安全生产",),
    ),
    _pol(
        "trademark",
        ("scjg",),
        (P, T),
        "",
        ("商标注册与保护", "商标品牌培育", "商标注册"),
        ("Trademark registration and protection",),
        ("商标",),
        ("知识产权",),
    ),
    _pol(
        "patent",
        ("scjg", "kjj"),
        (P, T),
        "CIM",
        ("专利申请与保护", "专利申请", "企业专利申请"),
        ("Patent application",),
        ("专利", "专利申请"),
        ("知识产权",),
    ),
    _pol(
        "annual_report",
        ("scjg",),
        (P,),
        "",
        ("企业年报", "市场主体年度报告", "企业年度报告公示"),
        (),
        ("年报", "企业年报"),
        ("企业信用",),
        1.5,
    ),
    _pol(
        "credit_repair",
        ("scjg", "fgj"),
        (P,),
        "",
        ("信用修复", "企业信用修复", "失信信息信用修复"),
        ("Corporate credit repair",),
        ("信用修复",),
        ("企业信用",),
    ),
    _pol(
        "consumer_rights",
        ("scjg",),
        (P,),
        "FHO",
        ("消费者权益保护法实施条例", "“3·15”消费维权", "消费者权益保护"),
        (),
        ("消费维权", "3·15"),
        ("促消费",),
        law=True,
    ),
    # 工信局 ---------------------------------------------------------------
    _pol(
        "specialized_sme",
        ("gxj",),
        (P,),
        "CI",
        ("专精特新中小企业认定", "专精特新", "专精特新中小企业申报", "省级专精特新中小企业"),
        ("Specialized and sophisticated SMEs",),
        ("专精特新",),
        ("中小企业",),
        1.5,
    ),
    _pol(
        "digital_transform",
        ("gxj",),
        (T, P),
        "C",
        ("中小企业数字化转型", "数字化转型", "智改数转"),
        ("SME digital transformation",),
        ("数字化转型", "智改数转"),
        ("工业",),
    ),
    _pol(
        "equipment_upgrade",
        ("gxj", "fgj"),
        (P,),
        "C",
        ("大规模设备更新", "设备更新贷款贴息", "工业设备更新和技术改造"),
        ("Equipment renewal",),
        ("设备更新", "技术改造"),
        ("工业",),
    ),
    # 科技局 ---------------------------------------------------------------
    _pol(
        "hitech_cert",
        ("kjj",),
        (P, T),
        "CIM",
        ("高新技术企业认定", "高企认定", "高新技术企业申报", "高企申报"),
        ("High-tech enterprise certification",),
        ("高企认定", "高新技术企业"),
        ("科技创新",),
        1.5,
    ),
    _pol(
        "tech_sme",
        ("kjj",),
        (P,),
        "CIM",
        ("科技型中小企业评价", "科技型中小企业入库", "科技型中小企业评价入库"),
        ("Tech-based SME evaluation",),
        ("科技型中小企业",),
        ("科技创新", "中小企业"),
    ),
    # 农业农村局 -------------------------------------------------------------
    _pol(
        "farm_machinery",
        ("nyj",),
        (P,),
        "A",
        ("农机购置与应用补贴", "农机购置补贴", "农机补贴"),
        (),
        ("农机补贴", "农机购置补贴"),
        ("农业",),
    ),
    _pol(
        "farm_insurance",
        ("nyj",),
        (P,),
        "A",
        ("政策性农业保险", "农业保险", "三大粮食作物完全成本保险"),
        (),
        ("农业保险",),
        ("农业",),
    ),
    _pol(
        "leading_enterprise",
        ("nyj",),
        (P,),
        "AC",
        ("农业产业化龙头企业申报", "龙头企业认定", "县级农业产业化龙头企业认定"),
        (),
        ("龙头企业",),
        ("农业",),
    ),
    _pol(
        "green_food",
        ("nyj",),
        (T, P),
        "AC",
        ("绿色食品认证", "绿色食品申报", "绿色食品标志许可"),
        (),
        ("绿色食品",),
        ("农产品质量",),
    ),
    # 应急管理局 -------------------------------------------------------------
    _pol(
        "hazchem",
        ("yjj",),
        (T,),
        "CFG",
        ("危险化学品安全", "危化品安全管理", "危险化学品企业安全风险防控"),
        ("Hazardous chemicals safety",),
        ("危化品", "危险化学品"),
        ("安全生产",),
    ),
    _pol(
        "confined_space",
        ("yjj",),
        (T,),
        "CEN",
        ("有限空间作业安全", "有限空间作业", "有限空间作业事故防范"),
        (),
        ("有限空间",),
        ("安全生产",),
    ),
    _pol(
        "dust",
        ("yjj",),
        (T,),
        "C",
        ("粉尘防爆", "粉尘涉爆企业安全", "粉尘涉爆"),
        (),
        ("粉尘防爆", "粉尘涉爆"),
        ("安全生产",),
    ),
    _pol(
        "safety_cert",
        ("yjj",),
        (T,),
        "",
        (
            "安全生产主要负责人和安全管理人员",
            "安全管理人员初训",
            "主要负责人安全生产知识和管理能力",
        ),
        (),
        ("安全培训", "持证培训"),
        ("安全生产",),
    ),
    _pol(
        "fire_safety",
        ("yjj",),
        (T, P),
        "",
        ("企业消防安全", "消防安全", "消防安全“四个能力”建设"),
        (),
        ("消防安全",),
        ("安全生产",),
    ),
    # 生态环境局 -------------------------------------------------------------
    _pol(
        "discharge_permit",
        ("sthj",),
        (T,),
        "CD",
        ("排污许可", "排污许可执行报告", "排污许可证管理"),
        ("Pollutant discharge permit",),
        ("排污许可",),
        ("环保",),
    ),
    _pol(
        "hazwaste",
        ("sthj",),
        (T,),
        "CQ",
        ("危险废物规范化管理", "危废规范化管理", "危险废物管理"),
        (),
        ("危废", "危险废物"),
        ("环保", "固废"),
    ),
    _pol(
        "eia",
        ("sthj",),
        (P, T),
        "CE",
        ("建设项目环境影响评价", "环评", "环评审批改革"),
        (),
        ("环评",),
        ("环保",),
    ),
    # 住建局 ---------------------------------------------------------------
    _pol(
        "construction_safety",
        ("zjj",),
        (T,),
        "E",
        ("建筑施工安全", "危大工程安全管理", "建筑施工安全生产"),
        (),
        ("建筑安全", "施工安全"),
        ("安全生产",),
    ),
    # more subjects of the same departments ---------------------------------
    _pol(
        "tax_credit",
        ("tax",),
        (P,),
        "",
        ("纳税信用评价", "纳税信用等级评定", "纳税信用管理"),
        ("Tax credit rating",),
        ("纳税信用",),
        ("企业信用",),
    ),
    _pol(
        "youth_intern",
        ("rsj",),
        (P,),
        "",
        ("就业见习补贴", "高校毕业生就业见习", "就业见习基地申报"),
        (),
        ("就业见习",),
        ("就业补贴", "稳就业"),
    ),
    _pol(
        "product_quality",
        ("scjg",),
        (P, T),
        "C",
        ("产品质量监督抽查", "工业产品质量监督抽查", "产品质量监督抽查工作"),
        (),
        ("产品质量", "监督抽查"),
        ("质量安全",),
    ),
    _pol(
        "ad_compliance",
        ("scjg",),
        (T, P),
        "FHIL",
        ("广告法合规", "互联网广告合规", "广告发布合规"),
        (),
        ("广告合规",),
        ("合规经营",),
    ),
    _pol(
        "price_labelling",
        ("scjg",),
        (P,),
        "FHO",
        ("明码标价", "明码标价和禁止价格欺诈规定", "价格行为规范"),
        (),
        ("明码标价", "价格监管"),
        ("合规经营",),
    ),
    _pol(
        "expo_subsidy",
        ("swj",),
        (P,),
        "CF",
        ("境外参展补贴", "境外参展补贴申报", "境外展会补贴"),
        ("Overseas trade fair subsidy",),
        ("境外参展", "参展补贴"),
        ("出口",),
    ),
    _pol(
        "industrial_energy",
        ("gxj",),
        (T, P),
        "C",
        ("工业节能诊断", "节能诊断服务", "工业企业节能诊断"),
        (),
        ("节能诊断",),
        ("节能降碳",),
    ),
    _pol(
        "sme_financing",
        ("gxj", "fgj"),
        (P,),
        "",
        ("中小企业应急转贷", "应急转贷资金", "转贷资金使用"),
        ("SME bridge loan fund",),
        ("应急转贷", "转贷"),
        ("融资",),
    ),
    _pol(
        "tech_contract",
        ("kjj",),
        (T, P),
        "CIM",
        ("技术合同认定登记", "技术合同登记", "技术合同认定登记与减免税"),
        (),
        ("技术合同",),
        ("科技创新",),
    ),
    _pol(
        "farm_cert",
        ("nyj",),
        (T, P),
        "A",
        ("食用农产品承诺达标合格证", "承诺达标合格证", "合格证制度"),
        (),
        ("合格证", "承诺达标合格证"),
        ("农产品质量",),
    ),
    _pol(
        "family_farm",
        ("nyj",),
        (P,),
        "A",
        ("示范家庭农场申报", "家庭农场", "县级示范家庭农场"),
        (),
        ("家庭农场",),
        ("农业",),
    ),
    _pol(
        "trace_code",
        ("ybj",),
        (T,),
        "FQ",
        ("医保药品追溯码采集", "药品追溯码", "追溯码采集上传"),
        (),
        ("追溯码",),
        ("医保", "药店"),
    ),
    _pol(
        "safety_standard",
        ("yjj",),
        (T, P),
        "CG",
        ("安全生产标准化", "安全生产标准化建设", "企业安全生产标准化"),
        (),
        ("安全生产标准化",),
        ("安全生产",),
    ),
    _pol(
        "emergency_plan",
        ("yjj",),
        (T,),
        "",
        ("生产安全事故应急预案", "应急预案编制与演练", "企业应急预案"),
        (),
        ("应急预案",),
        ("安全生产",),
    ),
    _pol(
        "carbon",
        ("sthj",),
        (T,),
        "CD",
        ("碳排放核算与报告", "碳排放报告核查", "温室气体排放核算与报告"),
        ("Carbon emissions accounting",),
        ("碳排放", "碳排放核算"),
        ("节能降碳",),
    ),
    _pol(
        "vocs",
        ("sthj",),
        (T,),
        "C",
        ("挥发性有机物治理", "VOCs综合治理", "涉VOCs企业治理"),
        (),
        ("VOCs", "挥发性有机物"),
        ("环保",),
    ),
    _pol(
        "builder_qual",
        ("zjj",),
        (P,),
        "E",
        ("建筑业企业资质", "建设工程企业资质改革", "建筑业资质申报"),
        (),
        ("建筑业资质", "资质审批"),
        ("住建",),
    ),
    _pol(
        "gov_procure",
        ("czj",),
        (P,),
        "",
        ("政府采购促进中小企业发展", "政府采购支持中小企业", "政府采购预留份额"),
        ("Government procurement for SMEs",),
        ("政府采购",),
        ("中小企业",),
    ),
    # 发改局 ---------------------------------------------------------------
    _pol(
        "biz_env_reg",
        ("fgj",),
        (P,),
        "",
        ("优化营商环境条例", "《优化营商环境条例》", "营商环境条例"),
        ("Regulations on Optimising the Business Environment",),
        ("营商环境条例",),
        ("营商环境",),
        law=True,
    ),
    _pol(
        "private_econ_law",
        ("fgj",),
        (P,),
        "",
        ("民营经济促进法", "《民营经济促进法》", "民营经济促进法学习"),
        ("Private Economy Promotion Law",),
        ("民营经济促进法",),
        ("民营经济",),
        law=True,
    ),
)
del T, P
POLICY: dict[str, Policy] = {p.pid: p for p in CATALOGUE}

# near-miss subjects: one policy area, different subjects
SIBLINGS: tuple[tuple[str, str], ...] = (
    ("iit_annual", "cit_annual"),
    ("iit_annual", "iit_withholding"),
    ("cit_annual", "rd_deduction"),
    ("vat_refund", "e_invoice"),
    ("vat_refund", "small_vat"),
    ("small_vat", "liushui"),
    ("export_rebate", "import_tariff"),
    ("export_rebate", "export_credit"),
    ("export_rebate", "vat_refund"),
    ("rcep_origin", "import_tariff"),
    ("cross_border_ecom", "live_ecom"),
    ("pension", "injury"),
    ("injury", "unemp_stable"),
    ("unemp_stable", "skill_subsidy"),
    ("skill_subsidy", "skill_cert"),
    ("hiring_subsidy", "unemp_stable"),
    ("labor_contract", "migrant_wage"),
    ("employer_medins", "maternity"),
    ("employer_medins", "pension"),
    ("gsp", "medins_pharmacy"),
    ("food_license", "food_sampling"),
    ("food_license", "green_food"),
    ("trademark", "patent"),
    ("annual_report", "credit_repair"),
    ("hitech_cert", "tech_sme"),
    ("tech_sme", "specialized_sme"),
    ("rd_deduction", "hitech_cert"),
    ("digital_transform", "equipment_upgrade"),
    ("hazchem", "hazwaste"),
    ("hazchem", "confined_space"),
    ("confined_space", "dust"),
    ("special_equipment", "construction_safety"),
    ("discharge_permit", "eia"),
    ("discharge_permit", "hazwaste"),
    ("farm_machinery", "farm_insurance"),
    ("leading_enterprise", "green_food"),
    ("biz_env_reg", "private_econ_law"),
    ("construction_safety", "migrant_wage"),
    ("tax_credit", "credit_repair"),
    ("youth_intern", "hiring_subsidy"),
    ("product_quality", "food_sampling"),
    ("ad_compliance", "price_labelling"),
    ("price_labelling", "consumer_rights"),
    ("expo_subsidy", "export_credit"),
    ("industrial_energy", "carbon"),
    ("sme_financing", "equipment_upgrade"),
    ("tech_contract", "patent"),
    ("tech_contract", "rd_deduction"),
    ("farm_cert", "green_food"),
    ("family_farm", "leading_enterprise"),
    ("trace_code", "gsp"),
    ("trace_code", "medins_pharmacy"),
    ("safety_standard", "safety_cert"),
    ("emergency_plan", "fire_safety"),
    ("carbon", "discharge_permit"),
    ("vocs", "discharge_permit"),
    ("builder_qual", "construction_safety"),
    ("gov_procure", "sme_financing"),
)
_SIBLING_SET: frozenset[frozenset[str]] = frozenset(frozenset(p) for p in SIBLINGS)

# multi-day courses: policy -> (days, title qualifier)
COURSES: dict[str, tuple[int, str]] = {
    "safety_cert": (3, "培训班"),
    "skill_cert": (5, "考评员培训班"),
    "live_ecom": (2, "实训营"),
    "digital_transform": (2, "专题研修班"),
    "hazchem": (2, "企业安全管理人员培训班"),
    "gsp": (2, "质量负责人培训班"),
    "emergency_plan": (2, "编制实训班"),
}

# --------------------------------------------------------------------------- departments' words


@dataclass(frozen=True)
class Voice:
    sectors: Literal["letter", "zh", "mixed"]
    regions: Literal["full", "short", "mixed"]
    utc: float  # share of sessions written in UTC ("Z")
    english: float  # share of English titles where the policy has English words
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    en_prefixes: tuple[str, ...]
    decorate: float
    notice: float  # "关于开展…的通知"
    broad: tuple[str, ...]  # the department's own broad tags
    specific: float  # chance to tag the subject itself
    area: float  # chance to add an area tag
    none: float  # chance of no topics at all


VOICES: dict[str, Voice] = {
    "tax": Voice(
        sectors="letter",
        regions="full",
        utc=0.6,
        english=0.12,
        prefixes=("纳税人学堂｜", "【县税务局】", "2027年", "{Q}"),
        suffixes=(),
        en_prefixes=("Taxpayer School | ",),
        decorate=0.45,
        notice=0.0,
        broad=("便民办税", "惠企"),
        specific=0.9,
        area=0.4,
        none=0.05,
    ),
    "rsj": Voice(
        sectors="zh",
        regions="short",
        utc=0.0,
        english=0.0,
        prefixes=("【报名】", "【县人社局】", "2027年"),
        suffixes=("（名额有限）", "（免费）"),
        en_prefixes=(),
        decorate=0.5,
        notice=0.0,
        broad=("稳就业", "惠企", "社保政策"),
        specific=0.7,
        area=0.3,
        none=0.1,
    ),
    "scjg": Voice(
        sectors="zh",
        regions="short",
        utc=0.0,
        english=0.05,
        prefixes=("市监局：", "县市场监管局"),
        suffixes=("（公益）",),
        en_prefixes=(),
        decorate=0.45,
        notice=0.0,
        broad=("营商环境", "合规", "培训"),
        specific=0.5,
        area=0.4,
        none=0.15,
    ),
    "swj": Voice(
        sectors="mixed",
        regions="full",
        utc=0.0,
        english=0.35,
        prefixes=("【稳外贸】", "外贸企业服务月｜"),
        suffixes=(),
        en_prefixes=("[Foreign Trade Service] ", "Tangxi Commerce | "),
        decorate=0.4,
        notice=0.0,
        broad=("稳外贸", "外贸政策", "惠企"),
        specific=0.45,
        area=0.2,
        none=0.05,
    ),
    "gxj": Voice(
        sectors="zh",
        regions="mixed",
        utc=0.0,
        english=0.12,
        prefixes=("惠企政策直通车：", "2027年{Q}"),
        suffixes=("——工业企业服务专项行动",),
        en_prefixes=("SME Service | ",),
        decorate=0.45,
        notice=0.15,
        broad=("惠企", "营商环境", "培训"),
        specific=0.5,
        area=0.2,
        none=0.1,
    ),
    "nyj": Voice(
        sectors="zh",
        regions="short",
        utc=0.0,
        english=0.0,
        prefixes=("2027年",),
        suffixes=("（公益）",),
        en_prefixes=(),
        decorate=0.4,
        notice=0.0,
        broad=("乡村振兴", "惠农"),
        specific=0.6,
        area=0.3,
        none=0.2,
    ),
    "ybj": Voice(
        sectors="zh",
        regions="full",
        utc=0.0,
        english=0.0,
        prefixes=("２０２７年", "县医保局："),
        suffixes=(),
        en_prefixes=(),
        decorate=0.35,
        notice=0.0,
        broad=("医保服务", "惠民"),
        specific=0.7,
        area=0.5,
        none=0.1,
    ),
    "yjj": Voice(
        sectors="zh",
        regions="short",
        utc=0.0,
        english=0.05,
        prefixes=("安全生产公益大讲堂：", "2027年"),
        suffixes=("（公益）", "（必训）"),
        en_prefixes=(),
        decorate=0.5,
        notice=0.0,
        broad=("安全生产",),
        specific=0.4,
        area=0.3,
        none=0.5,
    ),
    "sthj": Voice(
        sectors="letter",
        regions="full",
        utc=0.0,
        english=0.05,
        prefixes=("生态环境普法：",),
        suffixes=(),
        en_prefixes=(),
        decorate=0.3,
        notice=0.0,
        broad=("生态环保", "环保服务"),
        specific=0.85,
        area=0.4,
        none=0.05,
    ),
    "kjj": Voice(
        sectors="letter",
        regions="mixed",
        utc=0.0,
        english=0.18,
        prefixes=("科技政策直通车：", "２０２７年度"),
        suffixes=(),
        en_prefixes=("Tangxi Sci-Tech | ",),
        decorate=0.45,
        notice=0.0,
        broad=("科技创新", "惠企"),
        specific=0.8,
        area=0.3,
        none=0.05,
    ),
    "zjj": Voice(
        sectors="zh",
        regions="full",
        utc=0.0,
        english=0.0,
        prefixes=("2027年",),
        suffixes=("（公益）",),
        en_prefixes=(),
        decorate=0.3,
        notice=0.1,
        broad=("安全生产", "住建服务"),
        specific=0.6,
        area=0.3,
        none=0.1,
    ),
    "fgj": Voice(
        sectors="letter",
        regions="full",
        utc=0.3,
        english=0.1,
        prefixes=("优化营商环境系列：", "2027年"),
        suffixes=(),
        en_prefixes=("Business Environment Series | ",),
        decorate=0.45,
        notice=0.25,
        broad=("营商环境", "惠企", "民营经济"),
        specific=0.5,
        area=0.3,
        none=0.1,
    ),
    "czj": Voice(
        sectors="letter",
        regions="full",
        utc=0.0,
        english=0.1,
        prefixes=("2027年", "{Q}"),
        suffixes=(),
        en_prefixes=(),
        decorate=0.3,
        notice=0.2,
        broad=("惠企", "营商环境"),
        specific=0.6,
        area=0.4,
        none=0.1,
    ),
    "town": Voice(
        sectors="zh",
        regions="short",
        utc=0.0,
        english=0.0,
        prefixes=("惠企政策进{T}｜", "【{T}】"),
        suffixes=("（公益）",),
        en_prefixes=(),
        decorate=0.4,
        notice=0.2,
        broad=("惠企", "政策进镇", "营商环境"),
        specific=0.3,
        area=0.2,
        none=0.3,
    ),
}

ZH_SUFFIX: dict[Kind, tuple[str, ...]] = {
    TRAINING: (
        "培训会",
        "业务培训",
        "专题培训",
        "实务培训",
        "辅导",
        "操作辅导",
        "专题辅导",
        "实操培训",
    ),
    PUBLICITY: (
        "宣讲会",
        "政策宣讲会",
        "政策解读会",
        "政策说明会",
        "政策宣讲",
        "专题解读",
        "解读会",
    ),
}
EN_SUFFIX: dict[Kind, tuple[str, ...]] = {
    TRAINING: ("workshop", "training", "training session"),
    PUBLICITY: ("briefing", "policy briefing", "info session"),
}
# generic words that titles share regardless of subject
GENERIC_WORDS: tuple[str, ...] = (
    "培训会",
    "宣讲会",
    "政策",
    "解读",
    "辅导",
    "专题",
    "说明会",
    "惠企",
    "企业",
    "2027年",
    "第一季度",
    "第二季度",
    "【报名】",
    "（公益）",
    "关于开展",
    "的通知",
)
# topic tags that name no subject: departments' broad tags and policy areas
BROAD_TAGS: frozenset[str] = frozenset(t for v in VOICES.values() for t in v.broad)
AREA_TAGS: frozenset[str] = frozenset(a for p in CATALOGUE for a in p.area)


def _check_catalogue() -> None:
    """A subject's own tags belong to it alone and are never broad or area tags."""
    seen: dict[str, str] = {}
    for p in CATALOGUE:
        for t in p.tags:
            if seen.setdefault(t, p.pid) != p.pid or t in BROAD_TAGS | AREA_TAGS:
                raise ValueError(f"topic {t!r} of {p.pid} is not specific")
        for x in p.sectors:
            if x not in SECTIONS:
                raise ValueError(f"unknown sector {x!r} in {p.pid}")
        for h in p.hosts:
            if h not in DEPARTMENTS:
                raise ValueError(f"unknown host {h!r} in {p.pid}")
    for pair in SIBLINGS:
        for pid in pair:
            if pid not in POLICY:
                raise ValueError(f"unknown sibling {pid!r}")


def _voice(dept: str) -> Voice:
    return VOICES["town"] if dept in GOV_TOWN else VOICES[dept]


def _stable(*parts: str) -> int:
    return zlib.crc32("|".join(parts).encode())


def _quarter(day: date) -> str:
    return "第一季度" if day.month <= 3 else "第二季度"


# --------------------------------------------------------------------------- sessions


@dataclass
class Session:
    pid: str
    kind: Kind
    start: datetime
    end: datetime
    sectors: frozenset[str]  # canonical letters
    regions: frozenset[str]  # canonical town names
    hosts: tuple[str, ...]
    cancelled: bool
    title: str
    topics: list[str]
    sector_text: list[str]
    region_text: list[str]
    utc: bool
    english: bool
    variant: int
    construct: str
    date_town: tuple[date, str] | None = None
    key: str = ""

    @property
    def multi_day(self) -> bool:
        return self.end - self.start > timedelta(hours=12)


def _meet(a: Session, b: Session) -> bool:
    sectors = not a.sectors or not b.sectors or bool(a.sectors & b.sectors)
    regions = not a.regions or not b.regions or bool(a.regions & b.regions)
    return sectors and regions


def _intersect(a: Session, b: Session) -> bool:
    return a.start < b.end and b.start < a.end


def _at(day: date, minutes: int) -> datetime:
    return datetime.combine(day, time(minutes // 60, minutes % 60), tzinfo=CST)


def _iso(dt: datetime, utc: bool) -> str:
    if utc:
        return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return dt.astimezone(CST).isoformat()


class LabelledSession(TypedDict):
    key: str
    kind: Kind
    title: str
    start: str
    end: str
    topics: list[str]
    sectors: list[str]
    regions: list[str]
    hosts: list[str]
    cancelled: bool


class Pairs(TypedDict):
    CONFLICT: list[list[str]]
    REDUNDANT: list[list[str]]


class Labelled(TypedDict):
    windowDays: int
    sessions: list[LabelledSession]
    pairs: Pairs


# --------------------------------------------------------------------------- builder


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _workday(d: date) -> bool:
    return d.weekday() < 5 and d not in HOLIDAYS


ALL_DAYS = _days(SPAN_FIRST, SPAN_LAST)
WORKDAYS = [d for d in ALL_DAYS if _workday(d)]
MONTH_WORKDAYS = [d for d in WORKDAYS if MONTH_FIRST <= d <= MONTH_LAST]
MARGIN_WORKDAYS = [d for d in WORKDAYS if not MONTH_FIRST <= d <= MONTH_LAST]
SATURDAYS = [d for d in ALL_DAYS if d.weekday() == 5 and MONTH_FIRST <= d <= MONTH_LAST]

# (start minute, duration minutes) of ordinary sessions
SLOTS: tuple[tuple[int, int], ...] = (
    (9 * 60, 60),
    (9 * 60, 90),
    (9 * 60, 120),
    (9 * 60 + 30, 90),
    (9 * 60 + 30, 120),
    (10 * 60, 60),
    (10 * 60, 90),
    (8 * 60 + 30, 210),
    (14 * 60, 60),
    (14 * 60, 90),
    (14 * 60, 120),
    (14 * 60 + 30, 90),
    (14 * 60 + 30, 120),
    (15 * 60, 60),
    (15 * 60, 90),
    (14 * 60, 180),
)


class Builder:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.sessions: list[Session] = []
        self.by_pid: dict[str, list[Session]] = {}
        self.made: Counter[str] = Counter()

    # ----------------------------------------------------------------- placing

    def _fits(self, s: Session) -> bool:
        for e in self.by_pid.get(s.pid, []):
            if not _meet(e, s):
                continue
            if _intersect(e, s):
                return False  # would be one session posted twice
            if e.kind == s.kind and not e.cancelled and not s.cancelled:
                cal = abs((e.start.date() - s.start.date()).days)
                if cal == WINDOW_DAYS and abs(e.start - s.start) > WINDOW:
                    return False  # inside by calendar days, outside by instants
        return True

    def add(
        self,
        pid: str,
        kind: Kind,
        day: date,
        start: int,
        minutes: int,
        *,
        hosts: Sequence[str],
        construct: str,
        sectors: Iterable[str] = (),
        regions: Iterable[str] = (),
        cancelled: bool = False,
        english: bool | None = None,
        variant: int | None = None,
        qualifier: tuple[str, str] | None = None,
        date_town: tuple[str, str] | None = None,
        suffix: str | None = None,
        style: int | None = None,
        utc: bool | None = None,
        end: datetime | None = None,
        plain: bool = False,
    ) -> Session | None:
        """Place one session; None when it would duplicate a session of the same policy."""
        rng = self.rng
        pol = POLICY[pid]
        lead = hosts[0]
        voice = _voice(lead)
        begin = _at(day, start)
        finish = end if end is not None else begin + timedelta(minutes=minutes)
        if variant is None:
            variant = _preferred_variant(lead, pol, rng)
        if english is None:
            english = bool(pol.en) and rng.random() < voice.english
        english = english and bool(pol.en)
        if utc is None:
            utc = rng.random() < voice.utc
        srng = random.Random(style if style is not None else rng.getrandbits(32))
        sec = frozenset(sectors)
        reg = frozenset(regions)
        title = _title(
            pol,
            kind,
            lead,
            day,
            srng,
            variant=variant,
            english=english,
            qualifier=qualifier,
            date_town=date_town[0] if date_town else None,
            plain=plain,
            suffix=suffix,
        )
        s = Session(
            pid=pid,
            kind=kind,
            start=begin,
            end=finish,
            sectors=sec,
            regions=reg,
            hosts=tuple(hosts),
            cancelled=cancelled,
            title=title,
            topics=_topics(pol, lead, rng),
            sector_text=_sector_text(sorted(sec), voice, rng),
            region_text=_region_text(sorted(reg), voice, rng),
            utc=utc,
            english=english,
            variant=variant if not english else -1 - variant,
            construct=construct,
            date_town=(day, date_town[1]) if date_town else None,
        )
        if not self._fits(s):
            return None
        self.sessions.append(s)
        self.by_pid.setdefault(pid, []).append(s)
        self.made[construct] += 1
        return s

    # ----------------------------------------------------------------- audiences

    def audience(self, pol: Policy, open_share: float = 0.25) -> tuple[list[str], list[str]]:
        rng = self.rng
        if pol.sectors and rng.random() >= open_share:
            k = rng.randint(1, len(pol.sectors))
            sectors = sorted(rng.sample(pol.sectors, k))
        elif not pol.sectors and rng.random() < 0.4:
            sectors = sorted(rng.sample(["C", "F", "H", "I", "E", "G", "M"], rng.randint(1, 2)))
        else:
            sectors = []
        r = rng.random()
        if r < 0.38:
            regions: list[str] = []
        elif r < 0.8:
            regions = [rng.choice(TOWN_NAMES)]
        else:
            regions = sorted(rng.sample(TOWN_NAMES, rng.randint(2, 3)))
        return sectors, regions

    def pick_policy(self, kind: Kind | None = None) -> Policy:
        pool = [p for p in CATALOGUE if kind is None or kind in p.kinds]
        return self.rng.choices(pool, weights=[p.weight for p in pool])[0]

    def pick_kind(self, pol: Policy) -> Kind:
        return pol.kinds[0] if self.rng.random() < 0.8 else self.rng.choice(pol.kinds)

    def hosts_for(self, pol: Policy, regions: Sequence[str]) -> list[str]:
        rng = self.rng
        lead = pol.hosts[0] if rng.random() < 0.7 else rng.choice(pol.hosts)
        hosts = [lead]
        if len(regions) == 1 and rng.random() < 0.3:
            hosts.append(TOWN_GOV[regions[0]])
        elif len(pol.hosts) > 1 and rng.random() < 0.15:
            hosts.append(next(h for h in pol.hosts if h != lead))
        return hosts

    def later_workday(self, day: date, lo: int, hi: int) -> date | None:
        options = [
            day + timedelta(days=k)
            for k in range(lo, hi + 1)
            if _workday(day + timedelta(days=k)) and day + timedelta(days=k) <= SPAN_LAST
        ]
        return self.rng.choice(options) if options else None

    # ----------------------------------------------------------------- constructs

    def town_days(self, n: int) -> None:
        """A town's 政策服务日: several departments, other subjects, one date and town in every title."""
        rng = self.rng
        towns = rng.sample(TOWN_NAMES, len(TOWN_NAMES))
        pool = [p for p in CATALOGUE if PUBLICITY in p.kinds and p.pid not in COURSES]
        for i in range(n):
            town = towns[i % len(towns)]
            gov = TOWN_GOV[town]
            in_month = i < n - 2
            day = rng.choice(MONTH_WORKDAYS if in_month else MARGIN_WORKDAYS)
            if in_month and rng.random() < 0.15:
                day = rng.choice(SATURDAYS)  # 赶集日
            count = rng.randint(4, 5)
            chosen: list[Policy] = []
            for p in rng.sample(pool, len(pool)):
                if p.hosts[0] not in {c.hosts[0] for c in chosen}:
                    chosen.append(p)
                if len(chosen) == count:
                    break
            if rng.random() < 0.6:  # one room, back to back
                times = [
                    (9 * 60, 60),
                    (10 * 60, 60),
                    (11 * 60, 60),
                    (14 * 60 + 30, 60),
                    (15 * 60 + 30, 60),
                ]
            else:  # two rooms in parallel
                times = [
                    (9 * 60, 90),
                    (9 * 60, 90),
                    (10 * 60 + 30, 90),
                    (10 * 60 + 30, 90),
                    (14 * 60 + 30, 90),
                ]
            fmt = rng.choice(("（{m}月{d}日·{t}）", "（{m}月{d}日 {s}站）", "（{m}.{d}·{s}）"))
            tag = fmt.format(m=day.month, d=day.day, t=town, s=REGIONS[town])
            style = rng.getrandbits(32)
            for p, (start, dur) in zip(chosen, times, strict=False):
                lead_town = rng.random() < 0.6
                hosts = [gov, p.hosts[0]] if lead_town else [p.hosts[0], gov]
                sectors = [] if rng.random() < 0.6 or not p.sectors else list(p.sectors)
                self.add(
                    p.pid,
                    PUBLICITY,
                    day,
                    start,
                    dur,
                    hosts=hosts,
                    construct="town_day",
                    sectors=sectors,
                    regions=[town],
                    date_town=(tag, town),
                    style=style,
                    english=False,
                    plain=True,
                )

    def reworded(self, n: int) -> None:
        """The same subject again within 14 days, in another department's (or language's) words."""
        rng = self.rng
        pool = [p for p in CATALOGUE if len(p.zh) > 2 or p.en]
        for i in range(n):
            pol = rng.choice(pool)
            kind = self.pick_kind(pol)
            sectors, regions = self.audience(pol)
            day = rng.choice(MONTH_WORKDAYS if i < n * 0.85 else MARGIN_WORKDAYS)
            start, dur = rng.choice(SLOTS)
            lead_a = rng.choice(pol.hosts)
            a = self.add(
                pol.pid,
                kind,
                day,
                start,
                dur,
                hosts=[lead_a],
                construct="reworded",
                sectors=sectors,
                regions=regions,
                english=False,
            )
            if a is None:
                continue
            others = [h for h in pol.hosts if h != lead_a]
            if others and rng.random() < 0.7:
                lead_b = rng.choice(others)
            elif len(regions) == 1:
                lead_b = TOWN_GOV[regions[0]]
            else:
                lead_b = lead_a
            day_b = self.later_workday(day, 0, 13) or day
            start_b, dur_b = rng.choice(SLOTS)
            if day_b == day:
                start_b, dur_b = (a.end.hour * 60 + a.end.minute + 60, 90)
            r = rng.random()
            if r < 0.55:
                sectors_b, regions_b = sectors, regions
            elif r < 0.8:
                sectors_b, regions_b = ([], regions) if rng.random() < 0.5 else (sectors, [])
            else:
                sectors_b = sorted(set(sectors) | set(pol.sectors[:1])) if sectors else []
                regions_b = regions
            english_b = bool(pol.en) and rng.random() < 0.35
            variant_b = a.variant
            if not english_b:
                variant_b = (a.variant + rng.randint(1, max(1, len(pol.zh) - 1))) % len(pol.zh)
            self.add(
                pol.pid,
                kind,
                day_b,
                start_b,
                dur_b,
                hosts=[lead_b],
                construct="reworded",
                sectors=sectors_b,
                regions=regions_b,
                english=english_b,
                variant=variant_b,
            )

    def near_miss(self, n: int) -> None:
        """Sibling subjects titled alike by one department within days, for one audience."""
        rng = self.rng
        for i in range(n):
            pa, pb = (POLICY[x] for x in rng.choice(SIBLINGS))
            kinds = [k for k in pa.kinds if k in pb.kinds]
            if not kinds:
                continue
            kind = kinds[0]
            common = [h for h in pa.hosts if h in pb.hosts]
            lead_a = common[0] if common else pa.hosts[0]
            lead_b = lead_a if common else pb.hosts[0]
            letters = sorted(set(pa.sectors) & set(pb.sectors))
            sectors = letters[:1] if letters and rng.random() < 0.5 else []
            regions = [rng.choice(TOWN_NAMES)] if rng.random() < 0.4 else []
            day = rng.choice(MONTH_WORKDAYS if i < n * 0.85 else MARGIN_WORKDAYS)
            style = rng.getrandbits(32)
            utc = rng.random() < _voice(lead_a).utc
            same_day = rng.random() < 0.5
            start, dur = (9 * 60, 90) if same_day else rng.choice(SLOTS)
            a = self.add(
                pa.pid,
                kind,
                day,
                start,
                dur,
                hosts=[lead_a],
                construct="near_miss",
                sectors=sectors,
                regions=regions,
                style=style,
                utc=utc,
                english=False,
            )
            if a is None:
                continue
            if same_day:
                day_b = day
                start_b = 10 * 60 + 30 if rng.random() < 0.6 else 14 * 60 + 30  # touching or pm
            else:
                day_b = self.later_workday(day, 1, 6) or day
                start_b = start if day_b != day else 14 * 60 + 30
            self.add(
                pb.pid,
                kind,
                day_b,
                start_b,
                90 if same_day else dur,
                hosts=[lead_b],
                construct="near_miss",
                sectors=sectors,
                regions=regions,
                style=style,
                utc=utc if lead_a == lead_b else None,
                english=False,
            )

    def disjoint(self, n: int) -> None:
        """One subject for disjoint audiences: sector 专场 or a town tour."""
        rng = self.rng
        for i in range(n):
            pol = self.pick_policy()
            kind = self.pick_kind(pol)
            lead = pol.hosts[0]
            day = rng.choice(MONTH_WORKDAYS if i < n * 0.9 else MARGIN_WORKDAYS)
            style = rng.getrandbits(32)
            if i % 2 == 0:  # sector specials
                letters = list(pol.sectors) if len(pol.sectors) >= 2 else ["C", "F", "H"]
                letters = [x for x in letters if x in SECTOR_SPECIAL]
                if len(letters) < 2:
                    letters = ["C", "F"]
                chosen = rng.sample(letters, min(len(letters), rng.randint(2, 3)))
                regions = [rng.choice(TOWN_NAMES)] if rng.random() < 0.3 else []
                same_hour = rng.random() < 0.4  # online, at one hour
                for j, letter in enumerate(chosen):
                    zh, en = SECTOR_SPECIAL[letter]
                    if same_hour:
                        d, start = day, 15 * 60
                    else:
                        d = day if j == 0 else (self.later_workday(day, j, j + 2) or day)
                        start = 9 * 60 + 30 if d != day or j == 0 else 14 * 60 + 30
                    self.add(
                        pol.pid,
                        kind,
                        d,
                        start,
                        90,
                        hosts=[lead],
                        construct="sector_special",
                        sectors=[letter],
                        regions=regions,
                        style=style,
                        qualifier=(f"（{zh}专场）", f" for {en}"),
                    )
            else:  # town tour
                towns = rng.sample(TOWN_NAMES, rng.randint(3, 4))
                sectors = list(pol.sectors[:1]) if pol.sectors and rng.random() < 0.4 else []
                d = day
                for town in towns:
                    hosts = [lead, TOWN_GOV[town]] if rng.random() < 0.5 else [lead]
                    form = rng.random()
                    q = (f"（{town}专场）", f" – {TOWN_EN[town]}")
                    if form < 0.3:
                        q = (f"·{REGIONS[town]}站", f" – {TOWN_EN[town]}")
                    self.add(
                        pol.pid,
                        kind,
                        d,
                        9 * 60 + 30,
                        120,
                        hosts=hosts,
                        construct="town_tour",
                        sectors=sectors,
                        regions=[town],
                        style=style,
                        qualifier=q,
                    )
                    d = self.later_workday(d, 1, 4) or d

    def window_edges(self, n_out: int, n_in: int, n_fortnightly: int) -> None:
        """Pairs just outside the window, 13-14 days apart, and a fortnightly series."""
        rng = self.rng
        for i in range(n_out + n_in):
            pol = self.pick_policy()
            kind = self.pick_kind(pol)
            sectors, regions = self.audience(pol)
            lead = rng.choice(pol.hosts)
            outside = i < n_out
            first = rng.choice([d for d in WORKDAYS if d <= date(2027, 3, 30)])
            gap = rng.randint(15, 18) if outside else rng.choice((13, 14, 14))
            second = first + timedelta(days=gap)
            if not _workday(second) or second > SPAN_LAST:
                continue
            start_a, dur = rng.choice(SLOTS)
            start_b = start_a
            if not outside and gap == 14:
                start_b = rng.choice([s for s, _ in SLOTS if s <= start_a])
            style = rng.getrandbits(32)
            series = rng.random() < 0.5
            for j, (d, st) in enumerate(((first, start_a), (second, start_b))):
                q = (f"（第{j + 1}期）", f" (Session {j + 1})") if series else None
                self.add(
                    pol.pid,
                    kind,
                    d,
                    st,
                    dur,
                    hosts=[lead],
                    sectors=sectors,
                    regions=regions,
                    construct="window_outside" if outside else "window_inside",
                    style=style,
                    qualifier=q,
                )
        for _ in range(n_fortnightly):
            pol = self.pick_policy(TRAINING)
            sectors, regions = self.audience(pol)
            first = rng.choice([d for d in WORKDAYS if d <= date(2027, 3, 12)])
            start, dur = rng.choice(SLOTS)
            style = rng.getrandbits(32)
            for j in range(3):
                d = first + timedelta(days=14 * j)
                if d > SPAN_LAST or not _workday(d):
                    continue
                self.add(
                    pol.pid,
                    TRAINING,
                    d,
                    start,
                    dur,
                    hosts=[pol.hosts[0]],
                    sectors=sectors,
                    regions=regions,
                    construct="fortnightly",
                    style=style,
                    qualifier=(f"第{j + 1}期", f" – Session {j + 1}"),
                )

    def series(self, n: int) -> None:
        """第1期 / 第2期 (/ 第3期) of one training within a week: redundant by the definition."""
        rng = self.rng
        for _ in range(n):
            pol = self.pick_policy(TRAINING)
            sectors, regions = self.audience(pol)
            day = rng.choice(MONTH_WORKDAYS)
            start, dur = rng.choice(SLOTS)
            style = rng.getrandbits(32)
            d = day
            for j in range(rng.randint(2, 3)):
                self.add(
                    pol.pid,
                    TRAINING,
                    d,
                    start,
                    dur,
                    hosts=[pol.hosts[0]],
                    sectors=sectors,
                    regions=regions,
                    construct="series",
                    style=style,
                    qualifier=(f"（第{j + 1}期）", f" (Session {j + 1})"),
                )
                d = self.later_workday(d, 1, 4) or d

    def other_kind(self, n: int) -> None:
        """One subject as a PUBLICITY 宣讲 and a TRAINING 操作培训 within days."""
        rng = self.rng
        pool = [p for p in CATALOGUE if len(p.kinds) == 2]
        for _ in range(n):
            pol = rng.choice(pool)
            sectors, regions = self.audience(pol)
            day = rng.choice(MONTH_WORKDAYS)
            start, dur = rng.choice(SLOTS)
            self.add(
                pol.pid,
                PUBLICITY,
                day,
                start,
                dur,
                hosts=[rng.choice(pol.hosts)],
                sectors=sectors,
                regions=regions,
                construct="other_kind",
            )
            day_b = self.later_workday(day, 1, 8) or day
            start_b, dur_b = rng.choice(SLOTS)
            if day_b == day:
                start_b, dur_b = (14 * 60 + 30, 120) if start < 12 * 60 else (9 * 60, 90)
            self.add(
                pol.pid,
                TRAINING,
                day_b,
                start_b,
                dur_b,
                hosts=[rng.choice(pol.hosts)],
                sectors=sectors,
                regions=regions,
                construct="other_kind",
            )

    def back_to_back(self, n: int) -> None:
        """Other subjects for one audience, the second starting when the first ends."""
        rng = self.rng
        utc_depts = [d for d, v in VOICES.items() if v.utc > 0]
        for _ in range(n):
            day = rng.choice(MONTH_WORKDAYS)
            if rng.random() < 0.5:
                pa = POLICY[rng.choice([p.pid for p in CATALOGUE if p.hosts[0] in utc_depts])]
                utc_a: bool | None = True
            else:
                pa = self.pick_policy()
                utc_a = None
            pb = self.pick_policy()
            if pb.pid == pa.pid:
                continue
            town = rng.choice(TOWN_NAMES)
            regions = [town] if rng.random() < 0.7 else []
            letters = sorted(set(pa.sectors) & set(pb.sectors))
            sectors_a = letters[:1] if letters and rng.random() < 0.5 else []
            sectors_b = sectors_a if rng.random() < 0.7 else []
            first, length = rng.choice(
                ((9 * 60, 90), (9 * 60, 60), (14 * 60, 90), (14 * 60 + 30, 60))
            )
            self.add(
                pa.pid,
                self.pick_kind(pa),
                day,
                first,
                length,
                hosts=[pa.hosts[0]],
                sectors=sectors_a,
                regions=regions,
                construct="back_to_back",
                utc=utc_a,
            )
            self.add(
                pb.pid,
                self.pick_kind(pb),
                day,
                first + length,
                90,
                hosts=[pb.hosts[0]],
                sectors=sectors_b,
                regions=regions,
                construct="back_to_back",
                utc=False,
            )

    def courses(self, n: int) -> None:
        """Multi-day courses posted as one session."""
        rng = self.rng
        pids = sorted(COURSES)
        for i in range(n):
            pid = pids[i % len(pids)]
            days, name = COURSES[pid]
            pol = POLICY[pid]
            options = [
                d
                for d in (MONTH_WORKDAYS if i < n - 2 else MARGIN_WORKDAYS)
                if d.weekday() + days <= 5 and d + timedelta(days=days - 1) <= SPAN_LAST
            ]
            for _ in range(20):
                day = rng.choice(options)
                sectors, regions = self.audience(pol, open_share=0.15)
                if not regions:
                    regions = [rng.choice(TOWN_NAMES)] if rng.random() < 0.5 else []
                last = day + timedelta(days=days - 1)
                placed = self.add(
                    pid,
                    TRAINING,
                    day,
                    9 * 60,
                    0,
                    hosts=[pol.hosts[0]],
                    sectors=sectors,
                    regions=regions,
                    construct="multi_day",
                    end=_at(last, 17 * 60),
                    suffix=name,
                    english=False,
                )
                if placed is not None:
                    break

    def cancellations(self, n_resched: int, n_plain: int) -> None:
        """Reschedules (cancelled original and a new session) and plain cancellations."""
        rng = self.rng
        for _ in range(n_resched):
            pol = self.pick_policy()
            kind = self.pick_kind(pol)
            sectors, regions = self.audience(pol)
            hosts = self.hosts_for(pol, regions)
            day = rng.choice(MONTH_WORKDAYS)
            start, dur = rng.choice(SLOTS)
            style = rng.getrandbits(32)
            variant = _preferred_variant(hosts[0], pol, rng)
            old = self.add(
                pol.pid,
                kind,
                day,
                start,
                dur,
                hosts=hosts,
                sectors=sectors,
                regions=regions,
                cancelled=True,
                construct="rescheduled",
                style=style,
                variant=variant,
                english=False,
            )
            if old is None:
                continue
            new_day = self.later_workday(day, 2, 7) or day
            q = ("（改期）", " (rescheduled)") if rng.random() < 0.5 else None
            self.add(
                pol.pid,
                kind,
                new_day,
                start,
                dur,
                hosts=hosts,
                sectors=sectors,
                regions=regions,
                construct="rescheduled",
                style=style,
                variant=variant,
                qualifier=q,
                english=False,
            )
        for _ in range(n_plain):
            self.background(rng.choice(MONTH_WORKDAYS), cancelled=True)

    def background(self, day: date, cancelled: bool = False) -> Session | None:
        rng = self.rng
        for _ in range(20):
            pol = self.pick_policy()
            kind = self.pick_kind(pol)
            sectors, regions = self.audience(pol)
            hosts = self.hosts_for(pol, regions)
            start, dur = rng.choice(SLOTS)
            q: tuple[str, str] | None = None
            d = day
            r = rng.random()
            if r < 0.04:  # evening webinar
                start, dur, q = 19 * 60, 90, ("（线上）", " (online)")
            elif r < 0.07 and SATURDAYS and MONTH_FIRST <= day <= MONTH_LAST:
                d = rng.choice(SATURDAYS)
            elif r < 0.09:
                start, dur = 9 * 60, 480  # full day
            elif r < 0.2 and len(regions) == 1:
                q = (f"（{REGIONS[regions[0]]}专场）", f" – {TOWN_EN[regions[0]]}")
            s = self.add(
                pol.pid,
                kind,
                d,
                start,
                dur,
                hosts=hosts,
                sectors=sectors,
                regions=regions,
                cancelled=cancelled,
                construct="cancelled" if cancelled else "background",
                qualifier=q,
            )
            if s is not None:
                return s
        return None

    def fill(self) -> None:
        rng = self.rng
        month = sum(1 for s in self.sessions if MONTH_FIRST <= s.start.date() <= MONTH_LAST)
        while month < MONTH_SESSIONS:
            if self.background(rng.choice(MONTH_WORKDAYS)) is not None:
                month += 1
        for before in (True, False):
            days = [d for d in MARGIN_WORKDAYS if (d < MONTH_FIRST) == before]
            have = sum(
                1
                for s in self.sessions
                if not MONTH_FIRST <= s.start.date() <= MONTH_LAST
                and (s.start.date() < MONTH_FIRST) == before
            )
            while have < MARGIN_SESSIONS:
                if self.background(rng.choice(days)) is not None:
                    have += 1

    def run(self) -> None:
        self.town_days(12)
        self.reworded(48)
        self.near_miss(48)
        self.disjoint(26)
        self.window_edges(14, 10, 4)
        self.series(8)
        self.other_kind(14)
        self.back_to_back(16)
        self.courses(12)
        self.cancellations(10, 10)
        self.fill()
        self.sessions.sort(key=lambda s: (s.start, s.end, s.title, s.hosts))
        for i, s in enumerate(self.sessions):
            s.key = f"s{i:03d}"


# --------------------------------------------------------------------------- text


def _preferred_variant(dept: str, pol: Policy, rng: random.Random) -> int:
    """Each department has its own way of naming a policy, and strays from it now and then."""
    if rng.random() < 0.25:
        return rng.randrange(len(pol.zh))
    return _stable(dept, pol.pid) % len(pol.zh)


def _title(
    pol: Policy,
    kind: Kind,
    dept: str,
    day: date,
    rng: random.Random,
    *,
    variant: int,
    english: bool,
    qualifier: tuple[str, str] | None,
    date_town: str | None,
    plain: bool,
    suffix: str | None = None,
) -> str:
    voice = _voice(dept)
    town = GOV_TOWN.get(dept, "")
    suffix_roll = rng.random()
    deco_roll = rng.random()
    deco_pick = rng.random()
    form_roll = rng.random()
    if english:
        core = pol.en[variant % len(pol.en)]
        title = f"{core} {EN_SUFFIX[kind][int(suffix_roll * len(EN_SUFFIX[kind]))]}"
        if qualifier:
            title += qualifier[1]
        if voice.en_prefixes and deco_roll < voice.decorate:
            title = voice.en_prefixes[int(deco_pick * len(voice.en_prefixes))] + title
        return title
    core = pol.zh[variant % len(pol.zh)]
    suffixes = ZH_SUFFIX[kind]
    if pol.law:
        suffixes = (*(x for x in suffixes if "政策" not in x), "学习宣讲会")
    if plain:
        suffixes = ("宣讲会",) if pol.law else ("宣讲会", "政策宣讲会")
    fixed = suffix is not None
    if suffix is None:
        suffix = suffixes[int(suffix_roll * len(suffixes))]
        if core.endswith(suffix[:2]):
            suffix = suffix[2:]
    if (
        kind == PUBLICITY
        and not plain
        and not pol.law
        and not fixed
        and form_roll < 0.25
        and (dept in GOV_TOWN or dept in ("gxj", "fgj", "swj"))
    ):
        title = (
            f"惠企政策宣讲会——{core}专场"
            if form_roll < 0.12
            else f"{_quarter(day)}惠企政策解读：{core}"
        )
    else:
        title = core + suffix
    if qualifier:
        title += qualifier[0]
    if date_town:
        title += date_town
    if deco_roll < voice.decorate:
        options = [("p", x) for x in voice.prefixes] + [("s", x) for x in voice.suffixes]
        where, text = options[int(deco_pick * len(options))]
        text = text.replace("{Q}", _quarter(day)).replace("{T}", REGIONS.get(town, ""))
        title = text + title if where == "p" else title + text
    if form_roll > 1 - voice.notice:
        title = f"关于开展{title}的通知"
    return title


def _topics(pol: Policy, dept: str, rng: random.Random) -> list[str]:
    voice = _voice(dept)
    if rng.random() < voice.none:
        return []
    out: list[str] = []
    if rng.random() < voice.specific:
        i = _stable(dept, pol.pid, "tag") % len(pol.tags)
        if rng.random() < 0.3:
            i = rng.randrange(len(pol.tags))
        out.append(pol.tags[i])
    if pol.area and rng.random() < voice.area:
        out.append(rng.choice(pol.area))
    if rng.random() < 0.55 or not out:
        out.append(rng.choice(voice.broad))
    if rng.random() < 0.15:
        out.append(rng.choice(voice.broad))
    return list(dict.fromkeys(out))


def _sector_text(letters: list[str], voice: Voice, rng: random.Random) -> list[str]:
    out = []
    for x in letters:
        style = voice.sectors
        if style == "mixed":
            style = "letter" if rng.random() < 0.5 else "zh"
        out.append(x if style == "letter" else SECTIONS[x])
    return out


def _region_text(towns: list[str], voice: Voice, rng: random.Random) -> list[str]:
    out = []
    for t in towns:
        style = voice.regions
        if style == "mixed" or rng.random() < 0.1:
            style = "full" if rng.random() < 0.5 else "short"
        out.append(t if style == "full" else REGIONS[t])
    return out


# --------------------------------------------------------------------------- truth


def _pairs(sessions: Sequence[Session]) -> Pairs:
    conflict: list[list[str]] = []
    redundant: list[list[str]] = []
    for i, a in enumerate(sessions):
        if a.cancelled:
            continue
        for b in sessions[i + 1 :]:
            if b.cancelled or not _meet(a, b):
                continue
            pair = sorted((a.key, b.key))
            if _intersect(a, b):
                conflict.append(pair)
            if a.kind == b.kind and a.pid == b.pid and abs(a.start - b.start) <= WINDOW:
                redundant.append(pair)
    return {"CONFLICT": sorted(conflict), "REDUNDANT": sorted(redundant)}


def _labelled(s: Session) -> LabelledSession:
    return {
        "key": s.key,
        "kind": s.kind,
        "title": s.title,
        "start": _iso(s.start, s.utc),
        "end": _iso(s.end, s.utc),
        "topics": list(s.topics),
        "sectors": list(s.sector_text),
        "regions": list(s.region_text),
        "hosts": list(s.hosts),
        "cancelled": s.cancelled,
    }


def _build(seed: int) -> Builder:
    _check_catalogue()
    b = Builder(seed)
    b.run()
    return b


def generate(seed: int = 0) -> Labelled:
    """The labelled month for ``seed`` (see the module docstring)."""
    b = _build(seed)
    return {
        "windowDays": WINDOW_DAYS,
        "sessions": [_labelled(s) for s in b.sessions],
        "pairs": _pairs(b.sessions),
    }


# --------------------------------------------------------------------------- summary


def _census(sessions: Sequence[Session]) -> tuple[Counter[str], Counter[str]]:
    """Hard negatives and notable positives, counted over all pairs."""
    neg: Counter[str] = Counter()
    pos: Counter[str] = Counter()
    for i, a in enumerate(sessions):
        for b in sessions[i + 1 :]:
            active = not a.cancelled and not b.cancelled
            meet = _meet(a, b)
            inter = _intersect(a, b)
            delta = abs(a.start - b.start)
            same = a.pid == b.pid
            kind = a.kind == b.kind
            # conflict look-alikes
            if active and meet and not inter and (a.end == b.start or b.end == a.start):
                neg["back_to_back"] += 1
                if a.utc != b.utc:
                    neg["back_to_back_utc_vs_local"] += 1
            if active and inter and not meet:
                neg["same_time_disjoint_audience"] += 1
            if not active and meet and inter:
                neg["cancelled_would_conflict"] += 1
            # redundancy look-alikes
            if same and kind and delta <= WINDOW:
                if not active and meet:
                    neg["cancelled_would_be_redundant"] += 1
                elif active and not meet:
                    neg["same_subject_disjoint_audience"] += 1
            if same and active and meet and not kind and delta <= WINDOW:
                neg["same_subject_other_kind"] += 1
            if same and kind and active and meet and WINDOW < delta <= WINDOW + timedelta(days=4):
                neg["same_subject_just_outside_window"] += 1
            if not same and kind and active and meet and delta <= WINDOW:
                if a.date_town is not None and a.date_town == b.date_town:
                    neg["other_subject_same_date_town_title"] += 1
                if frozenset((a.pid, b.pid)) in _SIBLING_SET:
                    neg["near_miss_subject"] += 1
                shared = set(a.topics) & set(b.topics)
                if shared & BROAD_TAGS:
                    neg["other_subject_shared_broad_tag"] += 1
                if shared & AREA_TAGS:
                    neg["other_subject_shared_area_tag"] += 1
            # positives worth naming
            if active and meet:
                if inter:
                    if a.multi_day or b.multi_day:
                        pos["conflict_with_multi_day_course"] += 1
                    if a.utc != b.utc:
                        pos["conflict_utc_vs_local"] += 1
                if same and kind and delta <= WINDOW:
                    if a.variant != b.variant:
                        pos["redundant_reworded_title"] += 1
                    if a.english != b.english:
                        pos["redundant_chinese_vs_english"] += 1
                    if not set(a.topics) & set(b.topics):
                        pos["redundant_no_shared_topic"] += 1
                    if not set(a.hosts) & set(b.hosts):
                        pos["redundant_across_departments"] += 1
                    if (sorted(a.sector_text), sorted(a.region_text)) != (
                        sorted(b.sector_text),
                        sorted(b.region_text),
                    ):
                        pos["redundant_audience_written_differently"] += 1
                    if delta >= timedelta(days=13):
                        pos["redundant_13_to_14_days_apart"] += 1
    return neg, pos


def _summary(seed: int = 0) -> str:
    b = _build(seed)
    ss = b.sessions
    pairs = _pairs(ss)
    neg, pos = _census(ss)
    month = sum(1 for s in ss if MONTH_FIRST <= s.start.date() <= MONTH_LAST)
    before = sum(1 for s in ss if s.start.date() < MONTH_FIRST)
    after = sum(1 for s in ss if s.start.date() > MONTH_LAST)
    lines = [
        f"month_overlaps ({COUNTY}), seed {seed}: {len(ss)} sessions "
        f"({month} in 2027-03, {before} before, {after} after), {len(POLICY)} policies, "
        f"{len(DEPARTMENTS)} departments",
        f"  kinds {dict(Counter(s.kind for s in ss))}; cancelled {sum(s.cancelled for s in ss)}; "
        f"co-hosted {sum(len(s.hosts) > 1 for s in ss)}; written in UTC {sum(s.utc for s in ss)}; "
        f"English titles {sum(s.english for s in ss)}; no topics {sum(not s.topics for s in ss)}; "
        f"multi-day {sum(s.multi_day for s in ss)}",
        f"  open audience: no sectors {sum(not s.sectors for s in ss)}, "
        f"no regions {sum(not s.regions for s in ss)}, both {sum(not s.sectors and not s.regions for s in ss)}",
        f"  pairs: CONFLICT {len(pairs['CONFLICT'])}, REDUNDANT {len(pairs['REDUNDANT'])}",
        "  sessions by construct: " + ", ".join(f"{k} {v}" for k, v in sorted(b.made.items())),
        "  hard negatives (pairs):",
    ]
    lines += [f"    {k:44s} {neg[k]}" for k in sorted(neg)]
    lines.append("  positives that differ in words, language, spelling or timing (pairs):")
    lines += [f"    {k:44s} {pos[k]}" for k in sorted(pos)]
    return "\n".join(lines)


if __name__ == "__main__":
    print(_summary(int(sys.argv[1]) if len(sys.argv) > 1 else 0))
