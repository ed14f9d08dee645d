"""Labelled month "steppe": 乌兰塔拉旗 (Ulaan Tal Banner), Inner Mongolia.

Data sheet
==========

County
------
乌兰塔拉旗 is an invented steppe banner on the Mongolian border: grassland animal
husbandry (牛羊, 乳业, 草原生态补奖), coal mining and coal chemicals, a desert wind and
solar base, rare-earth processing, a road border port with bonded logistics, cashmere
and desert control.  Note that the seat town 乌兰镇 ("乌兰") is a prefix of the banner
name itself, so "乌兰塔拉" in a title is not a town.

Towns (canonical id: spellings; every spelling maps to exactly one town)
  ulaan    乌兰镇 / 乌兰 / 城关镇 (old) / Ulaan Town / Wulan Zhen
  bolgon   宝力根苏木 / 宝力根 / 新民乡 (old) / Bolgon Sum / Baoligen Sumu
  khar     哈日陶勒盖镇 / 哈日陶勒盖 / 黑山镇 (old) / Khar Tolgoi / Haritaolegai Zhen
  bayan    巴彦查干苏木 / 巴彦查干 / 白音查干乡 (old) / Bayan Tsagaan Sum / Bayanchagan Sumu
  naran    那仁宝拉格苏木 / 那仁宝拉格 / 太阳泉乡 (old) / Naran Bulag Sum / Narenbaolage Sumu
  shar     沙日塔拉镇 / 沙日塔拉 / 黄滩镇 (old) / Shar Tal / Sharitala Zhen
  saihan   赛罕敖包镇 / 赛罕敖包 / 边贸镇 (old) / Saikhan Ovoo / Saihan'aobao Zhen
  altan    阿拉坦敖包苏木 / 阿拉坦敖包 / 金山乡 (old) / Altan Ovoo Sum / Alatan'aobao Sumu
  khukh    呼和陶海嘎查 / 呼和陶海 / 青湾村 (old) / Khukh Toohoi Gachaa / Huhetaohai Gacha
  erdene   额尔敦高勒镇 / 额尔敦高勒 / 东风镇 (old) / Erdene Gol / Eerdungaole Zhen
  tsagaan  查干淖尔嘎查 / 查干淖尔 / 白海子村 (old) / Tsagaan Nuur Gachaa / Chagannaoer Gacha
Pastoral units: bolgon, bayan, naran, khukh, tsagaan.  Coal: khar, erdene.  Wind/solar
and desert: shar, naran, tsagaan.  Rare earth: altan.  Port: saihan.  Seat: ulaan.

Sectors: GB/T 4754-2017 sections A..T written as the letter ("B"), the Chinese name
("采矿业"), letter + name ("B 采矿业") or the English section name ("Mining"); [] means
every sector.  regions [] means the whole banner.

Departments and habits (slug: name strength, town spelling, sector spelling, topics, zone)
  nmj         农牧局: formal names, 关于开展…的通知; 宝力根苏木-style towns; "A 农、林、牧、渔业"; tags
  lcj         林业和草原局: formal/everyday mix; short towns (宝力根); letters; tags
  swj         税务局: formal names, 【政策辅导】/2027年第一季度; full towns; letters; tax topics
  nyj         能源局: everyday names (风光大基地, 绿电); short towns; Chinese sector names
  gxj         工业和信息化局: sector 专场; full towns; letter + name
  yjj         应急管理局: formal; OLD town names (黑山镇, 东风镇); letter + name
  sthj        生态环境分局: formal; full towns; letters
  rsj         人力资源和社会保障局: everyday, 【报名】（公益）; short towns; mostly all sectors
  scjg        市场监督管理局: everyday; short towns; Chinese sector names; topics often empty
  kab         口岸管理办公室: Chinese titles, Mongolian romanised towns, English sectors, some "Z"
  swuj        商务局: formal/everyday; full towns; letter + name
  tzcj        投资促进中心: English titles, English sectors, pinyin towns, times in UTC ("Z")
  kjj         科技局: formal; full towns; letters
  jrb         金融服务中心: everyday (牛羊抵押贷); short towns; letter + name
  zrzy        自然资源局: formal; OLD town names; letters
  wlj         文化旅游体育局: everyday; short towns; Chinese names
  sum-bolgon  宝力根苏木人民政府: local words (禁牧补贴, 牛羊抵押贷), short towns, no sectors
  zhen-khar   哈日陶勒盖镇人民政府: local words, old name 黑山镇, letters
  tjj         统计局: formal; full towns; Chinese sector names (小升规, 经普清查)
Co-hosted sessions list several hosts (lead first) and use the lead's habits.

Policies: 76 policies in 33 areas.  Each has a formal name, two everyday names
(abbreviations or local words, mostly sharing no word with the formal one), an English
name, a subject tag, default sectors and local towns.  Sibling examples (titled alike,
different subjects):
  草原生态保护补助奖励政策禁牧补助 / …草畜平衡奖励 / …绩效评价资金
  煤炭资源税充填开采减征 / 煤炭资源税衰竭期矿山减征 (two coal-related taxes)
  肉羊良种补贴项目 / 肉牛良种补贴项目; 增值税留抵退税 / 先进制造业增值税加计抵减
  失业保险稳岗返还 / 一次性扩岗补助; 绿色电力交易 / 可再生能源绿色电力证书核发
  排污许可证申领 / 建设项目环评审批制度改革; 草原征占用审核审批 / 草原植被恢复费征收

Scenarios (rough share of scenarios; sessions average about two per scenario)
  single        28%  one session, random policy/department/audience
  cross-dept    12%  one policy posted by 2-3 departments with different wordings
                     (formal / everyday / local words / English), 1-12 days apart
  sibling        9%  two sibling policies, same template and decorations, same audience
  series         8%  第N期, same policy and audience every 5-9 days
  tour           7%  town by town (（3月9日·宝力根苏木） / ——宝力根站), sometimes a whole-banner
                     wrap-up session that meets every stop
  reschedule     6%  cancelled session + repost 1-7 days later (or cancelled only)
  window edge    6%  same policy 13/14 days (redundant) or 15-18 days apart (not)
  sector 专场    5%  same policy for disjoint sectors (not redundant among themselves)
  other kind     5%  same policy as TRAINING and PUBLICITY a few days apart
  investment     5%  English session from tzcj in UTC, half paired with a Chinese one
  co-host        4%  one session with several hosts
  town decoy     4%  two different policies in one town on one date, title carrying the
                     same "（3月9日·town）" suffix, often back to back (touching)
Dates: ~50 sessions 15-28 Feb, ~500 in March, ~50 1-14 April 2027; starts 08:00-19:30
Beijing time (so the UTC date equals the local date), durations 30 min - 9 h.

Ground truth
------------
Audiences meet when canonical sector sets intersect or either is empty, and canonical
town sets intersect or either is empty.  CONFLICT: two different not-cancelled sessions
whose audiences meet and start_a < end_b and start_b < end_a.  REDUNDANT: two different
not-cancelled sessions whose audiences meet, same kind, same policy id, |start_a -
start_b| <= 14 x 24 h.  Boundary rules enforced after generation: two sessions of one
policy with met audiences never overlap in time (the later-created one is dropped), and
a same-policy met pair 14 calendar days apart but more than 336 h apart gets the later
start moved to the earlier clock time.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

CST = timezone(timedelta(hours=8))
WINDOW_DAYS = 14
WINDOW = timedelta(days=WINDOW_DAYS)
FIRST_DAY = date(2027, 2, 15)
LAST_DAY = date(2027, 4, 14)
TARGET_SESSIONS = 612


# --------------------------------------------------------------------------- towns


@dataclass(frozen=True)
class Town:
    tid: str
    zh: str
    short: str
    old: str
    mn: str
    py: str

    def spell(self, style: str) -> str:
        value: str = getattr(self, style)
        return value


TOWNS: tuple[Town, ...] = (
    Town("ulaan", "乌兰镇", "乌兰", "城关镇", "Ulaan Town", "Wulan Zhen"),
    Town("bolgon", "宝力根苏木", "宝力根", "新民乡", "Bolgon Sum", "Baoligen Sumu"),
    Town("khar", "哈日陶勒盖镇", "哈日陶勒盖", "黑山镇", "Khar Tolgoi", "Haritaolegai Zhen"),
    Town(
        "bayan", "巴彦查干苏木", "巴彦查干", "白音查干乡", "Bayan Tsagaan Sum", "Bayanchagan Sumu"
    ),
    Town(
        "naran", "那仁宝拉格苏木", "那仁宝拉格", "太阳泉乡", "Naran Bulag Sum", "Narenbaolage Sumu"
    ),
    Town("shar", "沙日塔拉镇", "沙日塔拉", "黄滩镇", "Shar Tal", "Sharitala Zhen"),
    Town("saihan", "赛罕敖包镇", "赛罕敖包", "边贸镇", "Saikhan Ovoo", "Saihan'aobao Zhen"),
    Town("altan", "阿拉坦敖包苏木", "阿拉坦敖包", "金山乡", "Altan Ovoo Sum", "Alatan'aobao Sumu"),
    Town("khukh", "呼和陶海嘎查", "呼和陶海", "青湾村", "Khukh Toohoi Gachaa", "Huhetaohai Gacha"),
    Town("erdene", "额尔敦高勒镇", "额尔敦高勒", "东风镇", "Erdene Gol", "Eerdungaole Zhen"),
    Town(
        "tsagaan",
        "查干淖尔嘎查",
        "查干淖尔",
        "白海子村",
        "Tsagaan Nuur Gachaa",
        "Chagannaoer Gacha",
    ),
)
TOWN_BY_ID: dict[str, Town] = {t.tid: t for t in TOWNS}
TOWN_STYLES: tuple[str, ...] = ("zh", "short", "old", "mn", "py")
CHINESE_TOWN_STYLES: frozenset[str] = frozenset({"zh", "short", "old"})
PASTORAL: tuple[str, ...] = ("bolgon", "bayan", "naran", "khukh", "tsagaan")

# ------------------------------------------------------------------------- sectors

SECTORS: dict[str, tuple[str, str]] = {
    "A": ("农、林、牧、渔业", "Agriculture, Forestry, Animal Husbandry and Fishery"),
    "B": ("采矿业", "Mining"),
    "C": ("制造业", "Manufacturing"),
    "D": (
        "电力、热力、燃气及水生产和供应业",
        "Production and Supply of Electricity, Heat, Gas and Water",
    ),
    "E": ("建筑业", "Construction"),
    "F": ("批发和零售业", "Wholesale and Retail Trade"),
    "G": ("交通运输、仓储和邮政业", "Transport, Storage and Postal Services"),
    "H": ("住宿和餐饮业", "Accommodation and Catering"),
    "I": ("信息传输、软件和信息技术服务业", "Information Transmission, Software and IT Services"),
    "J": ("金融业", "Finance"),
    "K": ("房地产业", "Real Estate"),
    "L": ("租赁和商务服务业", "Leasing and Business Services"),
    "M": ("科学研究和技术服务业", "Scientific Research and Technical Services"),
    "N": (
        "水利、环境和公共设施管理业",
        "Water Conservancy, Environment and Public Facilities Management",
    ),
    "O": ("居民服务、修理和其他服务业", "Resident Services, Repair and Other Services"),
    "P": ("教育", "Education"),
    "Q": ("卫生和社会工作", "Health and Social Work"),
    "R": ("文化、体育和娱乐业", "Culture, Sports and Entertainment"),
    "S": (
        "公共管理、社会保障和社会组织",
        "Public Management, Social Security and Social Organizations",
    ),
    "T": ("国际组织", "International Organizations"),
}


def spell_sector(letter: str, style: str) -> str:
    zh, en = SECTORS[letter]
    if style == "letter":
        return letter
    if style == "name":
        return zh
    if style == "both":
        return f"{letter} {zh}"
    return en


# ------------------------------------------------------------------------ policies

AREAS: dict[str, tuple[str, str]] = {
    "grass": ("草原生态补奖", "Grassland Eco-compensation"),
    "breed": ("牲畜良种补贴", "Livestock Breeding"),
    "dairy": ("奶业振兴", "Dairy Revitalisation"),
    "vet": ("动物防疫", "Animal Disease Control"),
    "mach": ("农牧机具与饲草", "Machinery and Forage"),
    "coaltax": ("煤炭税费", "Coal Taxes and Fees"),
    "minesafe": ("煤矿安全", "Coal Mine Safety"),
    "coalchem": ("煤化工", "Coal Chemicals"),
    "renew": ("风电光伏", "Wind and Solar"),
    "green": ("绿电绿证", "Green Power"),
    "ree": ("稀土产业", "Rare Earths"),
    "port": ("口岸物流", "Border Port Logistics"),
    "cash": ("羊绒产业", "Cashmere"),
    "desert": ("防沙治沙", "Desert Control"),
    "vat": ("增值税优惠", "VAT Incentives"),
    "small": ("小微税费", "Small Business Tax"),
    "innov": ("科技创新", "Innovation"),
    "jobs": ("稳岗扩岗", "Job Retention"),
    "skills": ("职业技能", "Vocational Skills"),
    "fin": ("金融惠企", "Finance"),
    "envp": ("环评与排污", "Environmental Permits"),
    "carbon": ("碳市场", "Carbon Market"),
    "market": ("市场监管", "Market Regulation"),
    "ecom": ("电子商务", "E-commerce"),
    "tour": ("牧区文旅", "Steppe Tourism"),
    "invest": ("外资促进", "Foreign Investment"),
    "land": ("草原征占用", "Grassland Use"),
    "compute": ("绿色算力", "Green Computing"),
    "socsec": ("社保参保", "Social Insurance"),
    "stats": ("统计入库", "Statistics"),
    "safety": ("危化与特种作业", "Industrial Safety"),
    "equip": ("特种设备", "Special Equipment"),
    "brand": ("农畜品牌", "Farm Brands"),
}


@dataclass(frozen=True)
class Policy:
    pid: str
    area: str
    formal: str
    everyday: tuple[str, str]
    english: str
    tag: str
    sectors: str
    towns: tuple[str, ...]
    train_p: float


def _p(
    pid: str,
    area: str,
    formal: str,
    everyday: tuple[str, str],
    english: str,
    tag: str,
    sectors: str,
    towns: tuple[str, ...],
    train_p: float = 0.5,
) -> Policy:
    return Policy(pid, area, formal, everyday, english, tag, sectors, towns, train_p)


PA = PASTORAL
# fmt: off
POLICIES: tuple[Policy, ...] = (
    # grass: 草原生态补奖
    _p("grass-ban", "grass", "草原生态保护补助奖励政策禁牧补助", ("禁牧补贴", "围栏封育那笔钱"), "Grassland Grazing-Ban Subsidy", "禁牧", "A", PA, 0.3),
    _p("grass-balance", "grass", "草原生态保护补助奖励政策草畜平衡奖励", ("按草定畜奖", "载畜量达标奖金"), "Forage-Livestock Balance Reward", "草畜平衡", "A", PA, 0.3),
    _p("grass-perf", "grass", "草原生态保护补助奖励绩效评价资金", ("补奖考核钱", "苏木考核奖"), "Grassland Subsidy Performance Fund", "绩效评价", "A", PA, 0.4),
    # breed: 牲畜良种补贴
    _p("breed-sheep", "breed", "肉羊良种补贴项目", ("种公羊补贴", "买种羊补钱"), "Mutton Sheep Breeding Stock Subsidy", "肉羊", "A", ("bolgon", "bayan", "naran", "khukh"), 0.5),
    _p("breed-cattle", "breed", "肉牛良种补贴项目", ("冻精改良补贴", "牛改补助"), "Beef Cattle Breed Improvement Subsidy", "肉牛", "A", ("bolgon", "bayan", "naran", "khukh"), 0.5),
    # dairy: 奶业振兴
    _p("dairy-farm", "dairy", "奶业振兴奶牛规模养殖场升级改造补助", ("牧场提档补助", "奶牛场改造钱"), "Dairy Farm Upgrade Grant", "养殖场升级", "A", ("ulaan", "bolgon", "khukh"), 0.4),
    _p("dairy-station", "dairy", "生鲜乳收购站标准化建设补助", ("奶站补贴", "收奶点改造"), "Raw Milk Collection Station Grant", "收购站", "AC", ("ulaan", "bolgon", "khukh"), 0.5),
    _p("dairy-loan", "dairy", "乳制品加工企业奶源基地贷款贴息", ("奶企贴息", "乳企利息补"), "Dairy Processor Loan Interest Subsidy", "贴息", "C", ("ulaan",), 0.4),
    # vet: 动物防疫
    _p("vet-vaccine", "vet", "动物强制免疫疫苗先打后补", ("打苗补助", "自行免疫补贴"), "Compulsory Animal Vaccination Rebate", "强制免疫", "A", PA, 0.6),
    _p("vet-brucella", "vet", "布鲁氏菌病综合防控", ("布病防治", "羊布病净化"), "Brucellosis Control Programme", "布病", "AQ", PA, 0.6),
    # mach: 农牧机具与饲草
    _p("mach-buy", "mach", "农牧业机械购置与应用补贴", ("农机补贴", "买打草机补钱"), "Farm Machinery Purchase Subsidy", "农机", "A", ("bolgon", "bayan", "naran", "ulaan"), 0.5),
    _p("mach-silage", "mach", "粮改饲青贮收储补助", ("青贮补贴", "种草养畜补"), "Silage Forage Conversion Subsidy", "青贮", "A", ("bolgon", "bayan", "naran", "ulaan"), 0.5),
    # coaltax: 煤炭税费
    _p("coal-fill", "coaltax", "煤炭资源税充填开采减征", ("充填煤减税", "填充采煤优惠"), "Coal Resource Tax Cut for Backfill Mining", "充填开采", "B", ("khar", "erdene"), 0.5),
    _p("coal-deplete", "coaltax", "煤炭资源税衰竭期矿山减征", ("老矿减税", "衰竭矿优惠"), "Coal Resource Tax Cut for Depleted Mines", "衰竭期矿山", "B", ("khar", "erdene"), 0.5),
    _p("coal-water", "coaltax", "水资源税改革试点（矿井疏干排水）", ("矿井水收税", "疏干水计税"), "Water Resource Tax on Mine Drainage", "疏干排水", "BD", ("khar", "erdene"), 0.5),
    _p("coal-envtax", "coaltax", "环境保护税（煤矿大气污染物）申报", ("环保税申报", "排污交税"), "Environmental Protection Tax Filing", "环保税", "BCD", ("khar", "erdene"), 0.6),
    # minesafe: 煤矿安全
    _p("mine-smart", "minesafe", "煤矿智能化建设奖补", ("智能矿山补贴", "少人化采掘奖"), "Smart Coal Mine Construction Award", "智能化", "B", ("khar", "erdene"), 0.5),
    _p("mine-std", "minesafe", "煤矿安全生产标准化管理体系达标", ("煤矿达标创建", "安标化"), "Coal Mine Safety Standardisation", "标准化", "B", ("khar", "erdene"), 0.7),
    # coalchem: 煤化工
    _p("chem-energy", "coalchem", "现代煤化工项目能耗指标保障", ("煤化工用能指标", "能评额度"), "Coal-to-Chemicals Energy Quota", "能耗指标", "CD", ("erdene",), 0.4),
    _p("chem-water", "coalchem", "煤化工高盐废水零排放治理", ("高盐水处理", "废水零排"), "Coal-Chemical Wastewater Zero Discharge", "零排放", "CN", ("erdene",), 0.6),
    # safety: 危化与特种作业
    _p("safe-hazchem", "safety", "危险化学品企业安全风险隐患排查治理", ("危化品大排查", "化工厂安全体检"), "Hazardous Chemicals Risk Inspection", "危化品", "CG", ("erdene", "altan"), 0.7),
    _p("safe-special", "safety", "特种作业人员安全技术培训考核", ("特种工持证", "焊工电工考证"), "Special Operations Certification", "特种作业", "BCDE", (), 0.9),
    # renew: 风电光伏
    _p("renew-base", "renew", "沙漠戈壁荒漠大型风电光伏基地配套", ("风光大基地", "沙戈荒新能源"), "Desert Wind-Solar Mega Base", "大基地", "D", ("shar", "naran", "tsagaan"), 0.3),
    _p("renew-roof", "renew", "整旗推进屋顶分布式光伏开发", ("屋顶光伏", "户用光伏"), "Rooftop Distributed PV Programme", "分布式光伏", "DEK", ("ulaan", "saihan"), 0.4),
    _p("renew-herder", "renew", "牧户离网风光互补发电系统更新补助", ("牧户小风机", "蒙古包电源"), "Off-grid Herder Wind-Solar Kit Subsidy", "风光互补", "AD", PA, 0.4),
    # green: 绿电绿证
    _p("green-trade", "green", "绿色电力交易", ("绿电直供", "买绿电"), "Green Power Trading", "绿电交易", "CD", (), 0.4),
    _p("green-cert", "green", "可再生能源绿色电力证书核发", ("绿证", "GEC登记"), "Renewable Energy Certificates (GEC)", "绿证", "D", (), 0.4),
    _p("green-h2", "green", "风光制氢一体化示范", ("绿氢项目", "新能源制氢"), "Green Hydrogen Demonstration", "制氢", "CD", ("shar", "erdene"), 0.3),
    # ree: 稀土产业
    _p("ree-quota", "ree", "稀土开采和冶炼分离总量控制指标", ("稀土配额", "开采冶炼额度"), "Rare Earth Mining Quota", "总量指标", "BC", ("altan",), 0.3),
    _p("ree-deep", "ree", "稀土功能材料深加工奖补", ("稀土下游补贴", "磁材项目奖励"), "Rare Earth Downstream Processing Award", "深加工", "C", ("altan",), 0.4),
    _p("ree-trace", "ree", "稀土产品追溯管理", ("稀土流向登记", "稀土二维码"), "Rare Earth Product Traceability", "追溯", "BCF", ("altan", "saihan"), 0.7),
    # port: 口岸物流
    _p("port-clear", "port", "口岸通关便利化（提前申报、两步申报）", ("快速通关", "报关提速"), "Port Clearance Facilitation", "通关", "FG", ("saihan",), 0.6),
    _p("port-border", "port", "边民互市贸易进口商品落地加工", ("互市落地加工", "边民互市"), "Border Residents' Trade Processing", "互市贸易", "CF", ("saihan",), 0.4),
    _p("port-freight", "port", "跨境公路运输运费补贴", ("过境拉货补贴", "跨境卡车补"), "Cross-border Trucking Freight Subsidy", "运费补贴", "G", ("saihan", "ulaan"), 0.3),
    _p("port-bonded", "port", "保税物流中心（B型）业务", ("保税仓", "B保"), "Bonded Logistics Centre (Type B)", "保税物流", "FG", ("saihan",), 0.5),
    # cash: 羊绒产业
    _p("cash-cluster", "cash", "羊绒产业集群高质量发展扶持", ("绒纺扶持", "羊绒集群"), "Cashmere Industry Cluster Support", "产业集群", "C", ("ulaan", "bayan"), 0.4),
    _p("cash-export", "cash", "羊绒制品出口退税", ("绒衫出口退", "羊绒退税"), "Cashmere Export VAT Refund", "出口退税", "CF", ("ulaan", "bayan"), 0.5),
    _p("cash-grade", "cash", "山羊绒分级整理与质量检验", ("绒毛分级", "原绒检验"), "Raw Cashmere Grading & Inspection", "分级检验", "AC", ("bayan", "bolgon"), 0.7),
    # desert: 防沙治沙
    _p("desert-sanbei", "desert", "三北工程六期攻坚战（沙化土地综合治理）", ("锁边治沙", "三北攻坚"), "Three-North Shelterbelt Phase VI", "三北工程", "AN", ("shar", "tsagaan", "naran"), 0.3),
    _p("desert-closure", "desert", "沙化土地封禁保护区建设", ("封禁区", "沙地封育"), "Desertified Land Closure Reserve", "封禁保护", "AN", ("shar", "tsagaan", "naran"), 0.4),
    _p("desert-pv", "desert", "光伏治沙林草修复", ("板下种草", "光伏板下治沙"), "PV-based Desert Restoration", "光伏治沙", "ADN", ("shar",), 0.4),
    # vat: 增值税优惠
    _p("vat-refund", "vat", "增值税留抵退税", ("退留抵", "存量留抵返还"), "VAT Credit Refund", "留抵退税", "BCDF", (), 0.5),
    _p("vat-super", "vat", "先进制造业增值税加计抵减", ("多抵5%", "加计抵减"), "VAT Super-deduction for Advanced Manufacturing", "加计抵减", "C", (), 0.5),
    # small: 小微税费
    _p("small-sixtwo", "small", "六税两费减半征收", ("小规模减半", "地方小税费减半"), "Half-rate Six Taxes Two Fees", "六税两费", "", (), 0.5),
    _p("small-cit", "small", "小型微利企业所得税优惠", ("小微所得税", "小微减税"), "Small Low-profit Enterprise Income Tax Relief", "所得税优惠", "", (), 0.5),
    # innov: 科技创新
    _p("inno-rnd", "innov", "研发费用税前加计扣除", ("研发加扣", "研发费多扣"), "R&D Super Deduction", "研发费用", "CIM", (), 0.6),
    _p("inno-hnte", "innov", "高新技术企业认定", ("高企认定", "高新牌子申报"), "High-tech Enterprise Certification", "高企", "CIM", (), 0.6),
    _p("inno-sme", "innov", "科技型中小企业评价入库", ("科小入库", "科技型中小"), "Tech-based SME Registration", "科小", "CIM", (), 0.6),
    # jobs: 稳岗扩岗
    _p("jobs-stable", "jobs", "失业保险稳岗返还", ("稳岗钱", "不裁员返还"), "Unemployment Insurance Job-retention Refund", "稳岗返还", "", (), 0.3),
    _p("jobs-expand", "jobs", "一次性扩岗补助", ("招人补贴", "新招员工补助"), "One-off Job Expansion Subsidy", "扩岗补助", "", (), 0.3),
    # skills: 职业技能
    _p("skill-sub", "skills", "职业技能提升行动培训补贴", ("考证补贴", "技能补贴"), "Vocational Skills Upgrade Subsidy", "技能提升", "", (), 0.8),
    _p("skill-herder", "skills", "农牧民转移就业技能培训", ("牧民转岗培训", "牧民进城就业"), "Herder Job Transfer Training", "转移就业", "AOE", PA, 0.9),
    _p("skill-apprentice", "skills", "企业新型学徒制", ("师带徒补贴", "学徒制"), "New Enterprise Apprenticeship", "学徒制", "BCD", (), 0.8),
    # fin: 金融惠企
    _p("fin-startup", "fin", "创业担保贷款及贴息", ("创业贷", "担保贷"), "Business Start-up Guaranteed Loan", "创业贷款", "", (), 0.4),
    _p("fin-livestock", "fin", "活畜活体抵押贷款", ("牛羊抵押贷", "活畜贷"), "Live Livestock Collateral Loan", "活畜抵押", "AJ", PA, 0.3),
    _p("fin-insure", "fin", "政策性奶牛与肉牛养殖保险", ("牛险", "养殖险保费补贴"), "Subsidised Cattle Insurance", "养殖保险", "AJ", ("ulaan", "bolgon", "khukh"), 0.3),
    # envp: 环评与排污
    _p("envp-permit", "envp", "排污许可证申领与执行报告", ("排污证", "许可证年报"), "Pollutant Discharge Permit", "排污许可", "BCD", (), 0.7),
    _p("envp-eia", "envp", "建设项目环评审批制度改革", ("环评改革", "环评告知承诺"), "EIA Approval Reform", "环评", "BCDE", (), 0.5),
    # carbon: 碳市场
    _p("carbon-ets", "carbon", "全国碳排放权交易（发电行业）履约", ("碳市场清缴", "碳交易履约"), "National ETS Compliance (Power)", "碳排放权", "D", ("khar", "erdene"), 0.6),
    _p("carbon-verify", "carbon", "温室气体排放报告与核查", ("碳核查", "排放报告"), "GHG Emission Reporting & Verification", "碳核查", "BCD", (), 0.7),
    # market: 市场监管
    _p("mkt-food", "market", "食品生产许可（乳制品、肉制品）", ("SC证办理", "食品生产证"), "Food Production Licence", "食品生产许可", "C", (), 0.6),
    # equip: 特种设备
    _p("equip-boiler", "equip", "特种设备安全监察（锅炉、压力容器）", ("锅炉检验", "压力容器年检"), "Special Equipment Safety Supervision", "特种设备", "BCD", (), 0.7),
    # brand: 农畜品牌
    _p("brand-lamb", "brand", "农畜产品地理标志与区域公用品牌（乌兰塔拉羊）", ("乌兰塔拉羊", "地标羊肉"), "Ulaan Tal Lamb GI Brand", "地理标志", "ACF", ("bolgon", "bayan", "ulaan"), 0.3),
    # ecom: 电子商务
    _p("ecom-rural", "ecom", "电子商务进牧区综合示范", ("电商进嘎查", "直播卖牛肉干"), "Rural E-commerce Demonstration", "电商进牧区", "AF", ("ulaan", "bolgon", "bayan", "khukh"), 0.6),
    _p("ecom-cross", "ecom", "跨境电商综合试验区（9610/9710）", ("9710出口", "跨境小包"), "Cross-border E-commerce Pilot Zone", "跨境电商", "FG", ("saihan", "ulaan"), 0.5),
    # tour: 牧区文旅
    _p("tour-homestay", "tour", "牧家游（牧户民宿）服务质量提升", ("牧家乐", "蒙古包民宿"), "Herder Homestay Quality Upgrade", "牧户民宿", "HR", ("naran", "bolgon", "tsagaan"), 0.6),
    _p("tour-naadam", "tour", "那达慕文旅消费季惠企", ("那达慕消费券", "文旅券"), "Naadam Tourism Consumption Season", "消费季", "FHR", ("ulaan",), 0.2),
    # invest: 外资促进
    _p("inv-catalog", "invest", "鼓励外商投资产业目录（内蒙古部分）", ("外资目录", "鼓励类外资"), "Catalogue of Encouraged Foreign Investment", "外资目录", "", (), 0.2),
    _p("inv-reinvest", "invest", "境外投资者利润再投资递延纳税", ("利润再投资", "外资再投资暂不征税"), "Deferred Tax on Foreign Profit Reinvestment", "再投资", "", (), 0.4),
    # land: 草原征占用
    _p("land-occupy", "land", "草原征占用审核审批", ("占草手续", "征占草原办证"), "Grassland Occupation Approval", "征占用", "BDE", (*PA, "shar"), 0.4),
    _p("land-fee", "land", "草原植被恢复费征收", ("植被恢复费", "占草补偿费"), "Grassland Vegetation Restoration Fee", "恢复费", "BDE", (*PA, "shar"), 0.4),
    # compute: 绿色算力
    _p("compute-power", "compute", "绿电算力中心电价支持", ("算力电价", "数据中心用电优惠"), "Green Compute Centre Power Price", "算力", "DI", ("shar", "ulaan"), 0.3),
    # socsec: 社保参保
    _p("soc-flex", "socsec", "灵活就业人员参保", ("个体参保", "打零工交社保"), "Social Insurance for Flexible Workers", "灵活就业", "", (), 0.4),
    _p("soc-injury", "socsec", "新就业形态人员职业伤害保障", ("骑手工伤", "平台从业保障"), "Occupational Injury Protection for Gig Workers", "职业伤害", "GI", (), 0.4),
    # stats: 统计入库
    _p("stats-rank", "stats", "规模以上企业入统培育", ("小升规", "规上入统"), "Above-scale Enterprise Statistics Registration", "入统", "BCDEF", (), 0.5),
    _p("stats-census", "stats", "第五次全国经济普查单位清查", ("经普清查", "经普入户"), "Fifth National Economic Census Listing", "经济普查", "", (), 0.5),
)
# fmt: on
POLICY_BY_ID: dict[str, Policy] = {p.pid: p for p in POLICIES}

# ----------------------------------------------------------------------- departments


@dataclass(frozen=True)
class Dept:
    slug: str
    name: str
    names: tuple[float, float, float]  # weights formal / everyday / english
    town_style: str
    sector_style: str
    topics: str  # "tags", "empty", "mixed", "tax", "english"
    utc_p: float
    train_bias: float  # added to the policy's training probability
    tmpl: str  # "formal", "everyday", "town", "english"
    policies: tuple[str, ...]


# fmt: off
DEPTS: tuple[Dept, ...] = (
    Dept("nmj", "农牧局", (0.75, 0.25, 0.0), "zh", "both", "tags", 0.0, 0.0, "formal",
         ("grass-ban", "grass-balance", "grass-perf", "breed-sheep", "breed-cattle", "dairy-farm", "dairy-station", "dairy-loan", "vet-vaccine", "vet-brucella", "mach-buy", "mach-silage", "fin-livestock", "fin-insure", "brand-lamb", "skill-herder", "renew-herder")),
    Dept("lcj", "林业和草原局", (0.5, 0.5, 0.0), "short", "letter", "tags", 0.0, 0.0, "formal",
         ("grass-ban", "grass-balance", "grass-perf", "desert-sanbei", "desert-closure", "desert-pv", "land-occupy", "land-fee")),
    Dept("swj", "税务局", (0.85, 0.15, 0.0), "zh", "letter", "tax", 0.0, 0.0, "formal",
         ("coal-fill", "coal-deplete", "coal-water", "coal-envtax", "cash-export", "vat-refund", "vat-super", "small-sixtwo", "small-cit", "inno-rnd", "inv-reinvest", "land-fee")),
    Dept("nyj", "能源局", (0.35, 0.65, 0.0), "short", "name", "mixed", 0.0, -0.1, "everyday",
         ("chem-energy", "renew-base", "renew-roof", "renew-herder", "green-trade", "green-cert", "green-h2", "compute-power", "carbon-ets", "mine-smart")),
    Dept("gxj", "工业和信息化局", (0.55, 0.45, 0.0), "zh", "both", "tags", 0.0, 0.0, "formal",
         ("mine-smart", "chem-energy", "ree-deep", "cash-cluster", "vat-super", "inno-rnd", "inno-hnte", "inno-sme", "stats-rank", "compute-power", "green-trade", "dairy-loan")),
    Dept("yjj", "应急管理局", (0.8, 0.2, 0.0), "old", "both", "tags", 0.0, 0.2, "formal",
         ("mine-std", "safe-special", "safe-hazchem", "equip-boiler", "mine-smart")),
    Dept("sthj", "生态环境分局", (0.7, 0.3, 0.0), "zh", "letter", "tags", 0.0, 0.0, "formal",
         ("coal-envtax", "chem-water", "envp-permit", "envp-eia", "carbon-ets", "carbon-verify")),
    Dept("rsj", "人力资源和社会保障局", (0.35, 0.65, 0.0), "short", "letter", "mixed", 0.0, 0.2, "everyday",
         ("jobs-stable", "jobs-expand", "skill-sub", "skill-herder", "skill-apprentice", "fin-startup", "soc-flex", "soc-injury", "safe-special")),
    Dept("scjg", "市场监督管理局", (0.5, 0.5, 0.0), "short", "name", "empty", 0.0, 0.0, "everyday",
         ("mkt-food", "equip-boiler", "brand-lamb", "cash-grade", "ree-trace")),
    Dept("kab", "口岸管理办公室", (0.5, 0.5, 0.0), "mn", "en", "mixed", 0.3, 0.0, "formal",
         ("port-clear", "port-border", "port-freight", "port-bonded", "ecom-cross", "ree-trace")),
    Dept("swuj", "商务局", (0.5, 0.5, 0.0), "zh", "both", "tags", 0.0, 0.0, "everyday",
         ("cash-cluster", "cash-export", "ecom-rural", "ecom-cross", "tour-naadam", "port-freight", "port-border", "inv-catalog")),
    Dept("tzcj", "投资促进中心", (0.0, 0.0, 1.0), "py", "en", "english", 1.0, -0.2, "english",
         ("renew-base", "green-h2", "ree-deep", "cash-cluster", "inv-catalog", "inv-reinvest", "compute-power", "port-bonded", "ecom-cross", "green-trade")),
    Dept("kjj", "科技局", (0.65, 0.35, 0.0), "zh", "letter", "tags", 0.0, 0.0, "formal",
         ("inno-rnd", "inno-hnte", "inno-sme", "green-h2", "ree-deep")),
    Dept("jrb", "金融服务中心", (0.35, 0.65, 0.0), "short", "both", "mixed", 0.0, -0.1, "everyday",
         ("fin-startup", "fin-livestock", "fin-insure", "dairy-loan")),
    Dept("zrzy", "自然资源局", (0.75, 0.25, 0.0), "old", "letter", "tags", 0.0, 0.0, "formal",
         ("ree-quota", "land-occupy", "land-fee", "desert-closure")),
    Dept("wlj", "文化旅游体育局", (0.4, 0.6, 0.0), "short", "name", "mixed", 0.0, 0.0, "everyday",
         ("tour-homestay", "tour-naadam", "brand-lamb")),
    Dept("sum-bolgon", "宝力根苏木人民政府", (0.1, 0.9, 0.0), "short", "none", "empty", 0.0, 0.0, "town",
         ("grass-ban", "grass-balance", "breed-sheep", "vet-vaccine", "fin-livestock", "ecom-rural", "tour-homestay", "renew-herder")),
    Dept("zhen-khar", "哈日陶勒盖镇人民政府", (0.3, 0.7, 0.0), "old", "letter", "mixed", 0.0, 0.0, "town",
         ("coal-fill", "mine-smart", "mine-std", "jobs-stable", "stats-rank", "carbon-ets")),
    Dept("tjj", "统计局", (0.6, 0.4, 0.0), "zh", "name", "tags", 0.0, 0.0, "formal",
         ("stats-rank", "stats-census")),
)
# fmt: on
DEPT_BY_SLUG: dict[str, Dept] = {d.slug: d for d in DEPTS}
HOME_TOWN: dict[str, str] = {"sum-bolgon": "bolgon", "zhen-khar": "khar"}
DEPTS_OF_POLICY: dict[str, tuple[str, ...]] = {
    p.pid: tuple(d.slug for d in DEPTS if p.pid in d.policies) for p in POLICIES
}

# --------------------------------------------------------------------------- titles

KW_TRAIN = ("培训班", "专题培训", "业务培训", "实操培训", "辅导培训会", "申报实务培训")
KW_PUB = ("宣讲会", "政策宣讲", "解读会", "宣传活动", "政策宣传周", "进企业宣讲")
KW_EN_TRAIN = ("Training Workshop", "Hands-on Training", "Compliance Clinic", "Training Course")
KW_EN_PUB = ("Policy Briefing", "Info Session", "Investor Roadshow", "Briefing")
PREFIXES = (
    "",
    "",
    "",
    "",
    "2027年",
    "2027年第一季度",
    "【报名】",
    "【通知】",
    "惠企｜",
    "政策直达·",
    "春风行动｜",
)
SUFFIXES = ("", "", "", "", "（公益）", "（线上）", "（免费）", "专项行动", "（请准时参加）")
TEMPLATES: dict[str, tuple[str, ...]] = {
    "formal": ("关于开展{name}{kw}的通知", "{name}专题{kw}", "{name}{kw}", "{name}政策{kw}"),
    "everyday": ("{name}{kw}", "{name}咋申请？{kw}", "{name}那些事儿·{kw}", "一文讲透{name}｜{kw}"),
    "town": ("{town}{name}{kw}", "送政策进嘎查：{name}{kw}", "{name}{kw}（{town}）"),
    "english": ("{name} {kw}", "Invest Ulaan Tal | {name} {kw}", "2027 Q1 {name} {kw}"),
}
MONTHS_EN = ("", "Jan", "Feb", "Mar", "Apr")


@dataclass(frozen=True)
class TitleCtx:
    series: int = 0
    town: str = ""  # canonical id shown in the title
    day: date | None = None
    sector: str = ""  # letter shown as 专场


def town_label(dept: Dept, tid: str, english: bool) -> str:
    town = TOWN_BY_ID[tid]
    if english:
        return town.spell(dept.town_style if dept.town_style in ("mn", "py") else "py")
    return town.spell(dept.town_style if dept.town_style in CHINESE_TOWN_STYLES else "zh")


def make_title(
    rng: random.Random, dept: Dept, name: str, style: str, kind: str, ctx: TitleCtx
) -> str:
    """Title from a department's template; draws the same number of values every call."""
    english = style == "english"
    tmpl_key = "english" if english else dept.tmpl
    if tmpl_key == "english" and not english:
        tmpl_key = "formal"
    templates = TEMPLATES[tmpl_key]
    tmpl = templates[rng.randrange(len(templates))]
    kws: tuple[str, ...]
    if english:
        kws = KW_EN_TRAIN if kind == "TRAINING" else KW_EN_PUB
    else:
        kws = KW_TRAIN if kind == "TRAINING" else KW_PUB
    kw = kws[rng.randrange(len(kws))]
    prefix = PREFIXES[rng.randrange(len(PREFIXES))]
    suffix = SUFFIXES[rng.randrange(len(SUFFIXES))]
    form = rng.random()
    home = HOME_TOWN.get(dept.slug, "ulaan")
    title = tmpl.format(name=name, kw=kw, town=town_label(dept, ctx.town or home, english))
    if english:
        if ctx.sector:
            title += f" – {SECTORS[ctx.sector][1]} Session"
        if ctx.series:
            title += f" – Session {ctx.series}"
        if ctx.town and ctx.day is not None:
            title += (
                f" ({town_label(dept, ctx.town, True)}, {MONTHS_EN[ctx.day.month]} {ctx.day.day})"
            )
        elif ctx.day is not None:
            title += f" ({MONTHS_EN[ctx.day.month]} {ctx.day.day})"
        return title
    if not tmpl.startswith("关于"):
        title = prefix + title
    if ctx.sector:
        title += f"·{SECTORS[ctx.sector][0]}专场"
    if ctx.series:
        title += f"（第{ctx.series}期）"
    if ctx.town and ctx.day is not None:
        label = town_label(dept, ctx.town, False)
        if form < 0.6:
            title += f"（{ctx.day.month}月{ctx.day.day}日·{label}）"
        else:
            title += f"——{label}站（{ctx.day.month}月{ctx.day.day}日）"
    elif ctx.town and "{town}" not in tmpl:
        title += f"（{town_label(dept, ctx.town, False)}）"
    elif ctx.day is not None:
        title += f"（{ctx.day.month}月{ctx.day.day}日）"
    return title + suffix


# --------------------------------------------------------------------------- drafts


@dataclass
class Draft:
    order: int
    key: str
    pid: str
    kind: str
    hosts: tuple[str, ...]
    title: str
    start: datetime
    minutes: int
    secs: frozenset[str]
    towns: frozenset[str]
    sectors_out: list[str]
    regions_out: list[str]
    topics: list[str]
    cancelled: bool
    utc: bool

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.minutes)


Audience = tuple[frozenset[str], frozenset[str]]  # (sector letters, town ids)


def meets(a: Draft, b: Draft) -> bool:
    sec_ok = not a.secs or not b.secs or bool(a.secs & b.secs)
    town_ok = not a.towns or not b.towns or bool(a.towns & b.towns)
    return sec_ok and town_ok


def overlaps(a: Draft, b: Draft) -> bool:
    return a.start < b.end and b.start < a.end


SLOTS: tuple[tuple[int, int, tuple[int, ...]], ...] = (
    (8, 30, (60, 90, 120, 180)),
    (9, 0, (60, 90, 120, 150, 180)),
    (9, 30, (60, 90, 120, 150)),
    (10, 0, (45, 60, 90, 120)),
    (10, 30, (60, 90)),
    (14, 0, (60, 90, 120, 150, 180)),
    (14, 30, (60, 90, 120, 150)),
    (15, 0, (60, 90, 120)),
    (15, 30, (45, 60, 90, 120)),
    (16, 0, (30, 45, 60, 90)),
    (19, 0, (30, 45, 60, 90)),
    (19, 30, (30, 45, 60)),
)


class Month:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.drafts: list[Draft] = []
        self.order = 0
        self.keys: set[str] = set()

    # ------------------------------------------------------------------ helpers
    def pick_day(self) -> date:
        rng = self.rng
        while True:
            r = rng.random()
            if r < 0.08:
                day = date(2027, 2, 15) + timedelta(days=rng.randrange(14))
            elif r < 0.98:
                day = date(2027, 3, 1) + timedelta(days=rng.randrange(31))
            else:
                day = date(2027, 4, 1) + timedelta(days=rng.randrange(12))
            if day.weekday() < 5 or rng.random() < 0.12:
                return day

    def workday(self, day: date) -> date:
        while day.weekday() >= 5:
            day += timedelta(days=1)
        return day

    def pick_clock(self) -> tuple[int, int, int]:
        rng = self.rng
        if rng.random() < 0.07:
            return (8, 30, rng.choice((420, 480, 540)))
        hour, minute, durs = rng.choice(SLOTS)
        return (hour, minute, rng.choice(durs))

    def at(self, day: date, clock: tuple[int, int, int]) -> datetime:
        return datetime(day.year, day.month, day.day, clock[0], clock[1], tzinfo=CST)

    def kind_for(self, dept: Dept, pol: Policy) -> str:
        return "TRAINING" if self.rng.random() < pol.train_p + dept.train_bias else "PUBLICITY"

    def name_for(self, dept: Dept, pol: Policy, want: str = "") -> tuple[str, str]:
        style = want
        if not style:
            style = self.rng.choices(("formal", "everyday", "english"), weights=dept.names)[0]
        if style == "formal":
            return pol.formal, style
        if style == "english":
            return pol.english, style
        return self.rng.choice(pol.everyday), style

    def audience(self, pol: Policy, dept: Dept) -> Audience:
        rng = self.rng
        r = rng.random()
        default_towns = frozenset(pol.towns)
        if dept.slug in HOME_TOWN and rng.random() < 0.8:
            towns = frozenset({HOME_TOWN[dept.slug]})
        elif r < 0.35:
            towns = default_towns
        elif r < 0.47:
            towns = frozenset()
        else:
            pool = pol.towns or tuple(t.tid for t in TOWNS)
            towns = frozenset(rng.sample(pool, min(len(pool), rng.choice((1, 1, 2)))))
        s = rng.random()
        letters = frozenset(pol.sectors)
        if dept.sector_style == "none" or s < 0.1:
            secs: frozenset[str] = frozenset()
        elif s < 0.3 and letters:
            secs = letters | {rng.choice(tuple(SECTORS)[:9])}
        else:
            secs = letters
        return secs, towns

    def meeting_variant(self, aud: Audience) -> Audience:
        """Another audience that still meets aud."""
        rng = self.rng
        secs, towns = aud
        r = rng.random()
        if r < 0.4:
            return aud
        new_towns = towns
        if r < 0.65:
            new_towns = frozenset()
        elif towns:
            keep = rng.choice(sorted(towns))
            extra = rng.choice(TOWNS).tid
            new_towns = frozenset({keep, extra})
        new_secs = secs
        if rng.random() < 0.3:
            new_secs = frozenset() if secs else frozenset({rng.choice(tuple(SECTORS)[:9])})
        return new_secs, new_towns

    def topics_for(self, dept: Dept, pol: Policy) -> list[str]:
        area_zh, area_en = AREAS[pol.area]
        mode = dept.topics
        if mode == "mixed":
            mode = "tags" if self.rng.random() < 0.5 else "empty"
        if mode == "empty":
            return []
        if mode == "tax":
            return ["税费服务", area_zh, pol.tag]
        if mode == "english":
            return ["Investment", area_en]
        return [area_zh, pol.tag]

    def new_key(self) -> str:
        while True:
            key = f"S{self.rng.randrange(10**6):06d}"
            if key not in self.keys:
                self.keys.add(key)
                return key

    def add(
        self,
        hosts: tuple[str, ...],
        pol: Policy,
        kind: str,
        title: str,
        start: datetime,
        minutes: int,
        aud: Audience,
        cancelled: bool = False,
    ) -> Draft | None:
        day = start.date()
        if day < FIRST_DAY or day > LAST_DAY:
            return None
        dept = DEPT_BY_SLUG[hosts[0]]
        rng = self.rng
        secs, towns = aud
        sec_style = dept.sector_style if dept.sector_style != "none" else "letter"
        sectors_out = [spell_sector(s, sec_style) for s in sorted(secs)]
        regions_out: list[str] = []
        for tid in sorted(towns):
            style = dept.town_style
            if rng.random() < 0.12:
                style = rng.choice(TOWN_STYLES) if dept.tmpl != "english" else "mn"
            regions_out.append(TOWN_BY_ID[tid].spell(style))
        rng.shuffle(regions_out)
        draft = Draft(
            order=self.order,
            key=self.new_key(),
            pid=pol.pid,
            kind=kind,
            hosts=hosts,
            title=title,
            start=start,
            minutes=minutes,
            secs=secs,
            towns=towns,
            sectors_out=sectors_out,
            regions_out=regions_out,
            topics=self.topics_for(dept, pol),
            cancelled=cancelled,
            utc=rng.random() < dept.utc_p,
        )
        self.order += 1
        self.drafts.append(draft)
        return draft

    def title(self, dept: Dept, pol: Policy, kind: str, ctx: TitleCtx, want: str = "") -> str:
        name, style = self.name_for(dept, pol, want)
        return make_title(self.rng, dept, name, style, kind, ctx)

    def pick_dept_policy(self) -> tuple[Dept, Policy]:
        pol = self.rng.choice(POLICIES)
        return DEPT_BY_SLUG[self.rng.choice(DEPTS_OF_POLICY[pol.pid])], pol

    # ---------------------------------------------------------------- scenarios
    def sc_single(self) -> None:
        dept, pol = self.pick_dept_policy()
        kind = self.kind_for(dept, pol)
        aud = self.audience(pol, dept)
        day = self.pick_day()
        clock = self.pick_clock()
        r = self.rng.random()
        ctx = TitleCtx()
        if r < 0.25 and len(aud[1]) == 1:
            ctx = TitleCtx(town=next(iter(aud[1])), day=day)
        elif r < 0.4:
            ctx = TitleCtx(day=day)
        self.add(
            (dept.slug,),
            pol,
            kind,
            self.title(dept, pol, kind, ctx),
            self.at(day, clock),
            clock[2],
            aud,
        )

    def sc_series(self) -> None:
        dept, pol = self.pick_dept_policy()
        kind = self.kind_for(dept, pol)
        aud = self.audience(pol, dept)
        day = self.pick_day() - timedelta(days=self.rng.randrange(10))
        clock = self.pick_clock()
        name, style = self.name_for(dept, pol)
        for n in range(1, self.rng.randint(3, 4) + 1):
            day = self.workday(day)
            if self.rng.random() < 0.3:
                clock = self.pick_clock()
            title = make_title(self.rng, dept, name, style, kind, TitleCtx(series=n))
            self.add((dept.slug,), pol, kind, title, self.at(day, clock), clock[2], aud)
            day += timedelta(days=self.rng.randint(6, 10))

    def sc_tour(self) -> None:
        rng = self.rng
        dept, pol = self.pick_dept_policy()
        kind = self.kind_for(dept, pol)
        pool = list(pol.towns) if len(pol.towns) >= 3 else [t.tid for t in TOWNS]
        stops = rng.sample(pool, min(len(pool), rng.randint(3, 6)))
        secs = self.audience(pol, dept)[0]
        day = self.pick_day() - timedelta(days=rng.randrange(6))
        name, style = self.name_for(dept, pol)
        clock = self.pick_clock()
        for tid in stops:
            day = self.workday(day)
            title = make_title(rng, dept, name, style, kind, TitleCtx(town=tid, day=day))
            self.add(
                (dept.slug,),
                pol,
                kind,
                title,
                self.at(day, clock),
                clock[2],
                (secs, frozenset({tid})),
            )
            day += timedelta(days=rng.choice((1, 1, 2, 3)))
        if rng.random() < 0.35:
            day = self.workday(day + timedelta(days=rng.randint(0, 2)))
            title = make_title(rng, dept, name, style, kind, TitleCtx(day=day))
            self.add(
                (dept.slug,),
                pol,
                kind,
                "全旗汇总场·" + title,
                self.at(day, clock),
                clock[2],
                (secs, frozenset()),
            )

    def sc_sector(self) -> None:
        rng = self.rng
        dept, pol = self.pick_dept_policy()
        kind = self.kind_for(dept, pol)
        letters = list(pol.sectors) or ["B", "C", "D", "F"]
        while len(letters) < 2:
            letters.append(rng.choice(("C", "F", "G", "D")))
        letters = sorted(set(letters))
        if len(letters) < 2:
            letters = [letters[0], "F" if letters[0] != "F" else "C"]
        chosen = rng.sample(letters, min(len(letters), rng.randint(2, 3)))
        towns = self.audience(pol, dept)[1]
        day = self.pick_day()
        name, style = self.name_for(dept, pol)
        for letter in chosen:
            clock = self.pick_clock()
            title = make_title(rng, dept, name, style, kind, TitleCtx(sector=letter))
            self.add(
                (dept.slug,),
                pol,
                kind,
                title,
                self.at(day, clock),
                clock[2],
                (frozenset({letter}), towns),
            )
            day = self.workday(day + timedelta(days=rng.choice((0, 1, 2, 4))))

    def sc_cross(self) -> None:
        rng = self.rng
        pol = rng.choice([p for p in POLICIES if len(DEPTS_OF_POLICY[p.pid]) >= 2])
        slugs = list(DEPTS_OF_POLICY[pol.pid])
        rng.shuffle(slugs)
        local = [s for s in slugs if s in HOME_TOWN]
        if local and rng.random() < 0.6:
            slugs.remove(local[0])
            slugs.insert(0, local[0])
        chosen = slugs[: rng.choice((2, 2, 3))]
        first = DEPT_BY_SLUG[chosen[0]]
        kind = self.kind_for(first, pol)
        aud = self.audience(pol, first)
        day = self.pick_day() - timedelta(days=rng.randrange(5))
        styles = ["formal", "everyday", "english"]
        used: set[str] = set()
        for i, slug in enumerate(chosen):
            dept = DEPT_BY_SLUG[slug]
            if i > 0:
                day = self.workday(day + timedelta(days=rng.randint(1, 12)))
                aud = self.meeting_variant(aud)
                if rng.random() < 0.15:
                    kind = "PUBLICITY" if kind == "TRAINING" else "TRAINING"
            want = ""
            if dept.tmpl != "english":
                opts = [s for s in styles[:2] if s not in used] or styles[:2]
                want = rng.choice(opts)
            name, style = self.name_for(dept, pol, want)
            used.add(style)
            clock = self.pick_clock()
            ctx = TitleCtx(day=day) if rng.random() < 0.2 else TitleCtx()
            title = make_title(rng, dept, name, style, kind, ctx)
            self.add((slug,), pol, kind, title, self.at(day, clock), clock[2], aud)

    def sc_sibling(self) -> None:
        rng = self.rng
        area = rng.choice(sorted({p.area for p in POLICIES}))
        sibs = [p for p in POLICIES if p.area == area]
        if len(sibs) < 2:
            return
        a, b = rng.sample(sibs, 2)
        common = [s for s in DEPTS_OF_POLICY[a.pid] if s in DEPTS_OF_POLICY[b.pid]]
        dept = DEPT_BY_SLUG[rng.choice(common or list(DEPTS_OF_POLICY[a.pid]))]
        kind = self.kind_for(dept, a)
        aud = self.audience(a, dept)
        want = (
            "english"
            if dept.tmpl == "english"
            else ("formal" if rng.random() < 0.7 else "everyday")
        )
        seed = rng.getrandbits(32)
        day = self.pick_day()
        ctx_town = next(iter(aud[1])) if len(aud[1]) == 1 and rng.random() < 0.5 else ""
        for pol in (a, b):
            name, style = self.name_for(dept, pol, want)
            ctx = TitleCtx(town=ctx_town, day=day if ctx_town else None)
            title = make_title(random.Random(seed), dept, name, style, kind, ctx)
            clock = self.pick_clock()
            self.add((dept.slug,), pol, kind, title, self.at(day, clock), clock[2], aud)
            day = self.workday(day + timedelta(days=rng.choice((0, 1, 2, 3, 6))))

    def sc_otherkind(self) -> None:
        rng = self.rng
        dept, pol = self.pick_dept_policy()
        aud = self.audience(pol, dept)
        day = self.pick_day()
        kinds = ["TRAINING", "PUBLICITY"]
        rng.shuffle(kinds)
        name, style = self.name_for(dept, pol)
        for kind in kinds:
            clock = self.pick_clock()
            title = make_title(rng, dept, name, style, kind, TitleCtx())
            self.add((dept.slug,), pol, kind, title, self.at(day, clock), clock[2], aud)
            day = self.workday(day + timedelta(days=rng.randint(1, 6)))

    def sc_reschedule(self) -> None:
        rng = self.rng
        dept, pol = self.pick_dept_policy()
        kind = self.kind_for(dept, pol)
        aud = self.audience(pol, dept)
        day = self.pick_day()
        clock = self.pick_clock()
        ctx = TitleCtx(day=day) if rng.random() < 0.3 else TitleCtx()
        title = self.title(dept, pol, kind, ctx)
        self.add((dept.slug,), pol, kind, title, self.at(day, clock), clock[2], aud, cancelled=True)
        if rng.random() < 0.15:
            return
        new_day = self.workday(day + timedelta(days=rng.randint(1, 7)))
        if ctx.day is not None:
            title = self.title(dept, pol, kind, TitleCtx(day=new_day))
        label = rng.choice(("【改期】", "（延期后重新发布）", "【时间调整】", ""))
        new_clock = clock if rng.random() < 0.5 else self.pick_clock()
        self.add(
            (dept.slug,), pol, kind, label + title, self.at(new_day, new_clock), new_clock[2], aud
        )

    def sc_edge(self) -> None:
        rng = self.rng
        dept, pol = self.pick_dept_policy()
        kind = self.kind_for(dept, pol)
        aud = self.audience(pol, dept)
        gap = rng.choice((13, 14, 14, 15, 16, 17, 18))
        day = self.pick_day() - timedelta(days=rng.randrange(gap))
        clock = self.pick_clock()
        self.add(
            (dept.slug,),
            pol,
            kind,
            self.title(dept, pol, kind, TitleCtx()),
            self.at(day, clock),
            clock[2],
            aud,
        )
        other = dept
        others = DEPTS_OF_POLICY[pol.pid]
        if len(others) > 1 and rng.random() < 0.5:
            other = DEPT_BY_SLUG[rng.choice([s for s in others if s != dept.slug])]
        later = day + timedelta(days=gap)
        clock2 = clock if gap == 14 or rng.random() < 0.5 else self.pick_clock()
        aud2 = self.meeting_variant(aud)
        self.add(
            (other.slug,),
            pol,
            kind,
            self.title(other, pol, kind, TitleCtx()),
            self.at(later, clock2),
            clock2[2],
            aud2,
        )

    def sc_cohost(self) -> None:
        rng = self.rng
        dept, pol = self.pick_dept_policy()
        partners = [s for s in DEPTS_OF_POLICY[pol.pid] if s != dept.slug]
        extra = [d.slug for d in DEPTS if d.slug != dept.slug and d.slug not in partners]
        hosts = [dept.slug]
        hosts += rng.sample(partners, min(len(partners), 1)) if partners else []
        if len(hosts) < 2 or rng.random() < 0.3:
            hosts.append(rng.choice(extra))
        kind = self.kind_for(dept, pol)
        aud = self.audience(pol, dept)
        day = self.pick_day()
        clock = self.pick_clock()
        title = self.title(dept, pol, kind, TitleCtx())
        if rng.random() < 0.4 and dept.tmpl != "english":
            title += "（多部门联合举办）"
        self.add(tuple(hosts), pol, kind, title, self.at(day, clock), clock[2], aud)

    def sc_invest(self) -> None:
        rng = self.rng
        dept = DEPT_BY_SLUG["tzcj"]
        pol = POLICY_BY_ID[rng.choice(dept.policies)]
        kind = self.kind_for(dept, pol)
        aud = self.audience(pol, dept)
        day = self.pick_day()
        clock = self.pick_clock()
        ctx = TitleCtx(day=day) if rng.random() < 0.3 else TitleCtx()
        self.add(
            ("tzcj",),
            pol,
            kind,
            self.title(dept, pol, kind, ctx),
            self.at(day, clock),
            clock[2],
            aud,
        )
        partners = [s for s in DEPTS_OF_POLICY[pol.pid] if s != "tzcj"]
        if partners and rng.random() < 0.55:
            other = DEPT_BY_SLUG[rng.choice(partners)]
            later = self.workday(day + timedelta(days=rng.randint(2, 10)))
            clock2 = self.pick_clock()
            kind2 = (
                kind if rng.random() < 0.8 else ("PUBLICITY" if kind == "TRAINING" else "TRAINING")
            )
            title = self.title(other, pol, kind2, TitleCtx(), want="formal")
            self.add(
                (other.slug,),
                pol,
                kind2,
                title,
                self.at(later, clock2),
                clock2[2],
                self.meeting_variant(aud),
            )

    def sc_decoy(self) -> None:
        rng = self.rng
        tid = rng.choice(TOWNS).tid
        cands = [p for p in POLICIES if tid in p.towns or not p.towns]
        a, b = rng.sample(cands, 2)
        day = self.workday(self.pick_day())
        clock = self.pick_clock()
        start = self.at(day, clock)
        for pol in (a, b):
            slug = rng.choice(DEPTS_OF_POLICY[pol.pid] or ("gxj",))
            dept = DEPT_BY_SLUG[slug]
            kind = self.kind_for(dept, pol)
            secs = self.audience(pol, dept)[0]
            title = self.title(dept, pol, kind, TitleCtx(town=tid, day=day))
            self.add((slug,), pol, kind, title, start, clock[2], (secs, frozenset({tid})))
            # back to back (touching) most of the time, otherwise a gap or overlap
            r = rng.random()
            offset = clock[2] if r < 0.6 else clock[2] + 30 if r < 0.8 else clock[2] // 2
            start = start + timedelta(minutes=offset)
            clock = (start.hour, start.minute, rng.choice((60, 90, 120)))

    # ------------------------------------------------------------------ driver
    def run(self) -> None:
        scenarios = (
            (self.sc_single, 28),
            (self.sc_cross, 12),
            (self.sc_sibling, 9),
            (self.sc_series, 8),
            (self.sc_tour, 7),
            (self.sc_reschedule, 6),
            (self.sc_edge, 6),
            (self.sc_sector, 5),
            (self.sc_otherkind, 5),
            (self.sc_invest, 5),
            (self.sc_cohost, 4),
            (self.sc_decoy, 4),
        )
        funcs = [f for f, _ in scenarios]
        weights = [w for _, w in scenarios]
        while len(self.drafts) < TARGET_SESSIONS:
            self.rng.choices(funcs, weights=weights)[0]()
            self.enforce()

    def enforce(self) -> None:
        """Boundary rules for same-policy pairs whose audiences meet."""
        for _ in range(50):
            changed = False
            dropped: set[int] = set()
            by_pid: dict[str, list[Draft]] = {}
            for d in self.drafts:
                by_pid.setdefault(d.pid, []).append(d)
            for group in by_pid.values():
                for i, a in enumerate(group):
                    if a.order in dropped:
                        continue
                    for b in group[i + 1 :]:
                        if b.order in dropped or not meets(a, b):
                            continue
                        if overlaps(a, b):
                            dropped.add(b.order)
                            changed = True
                            continue
                        if a.cancelled or b.cancelled:
                            continue
                        early, late = (a, b) if a.start <= b.start else (b, a)
                        days = (late.start.date() - early.start.date()).days
                        if days <= WINDOW_DAYS and late.start - early.start > WINDOW:
                            late.start = late.start.replace(
                                hour=early.start.hour, minute=early.start.minute
                            )
                            changed = True
            if dropped:
                self.drafts = [d for d in self.drafts if d.order not in dropped]
            if not changed:
                return
        raise RuntimeError("boundary rules did not settle")


# --------------------------------------------------------------------------- output


def iso(dt: datetime, utc: bool) -> str:
    if utc:
        return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return dt.isoformat()


def compute_pairs(drafts: list[Draft]) -> dict[str, list[list[str]]]:
    conflict: list[list[str]] = []
    redundant: list[list[str]] = []
    live = sorted((d for d in drafts if not d.cancelled), key=lambda d: d.start)
    for i, a in enumerate(live):
        for b in live[i + 1 :]:
            if b.start - a.start > WINDOW and b.start >= a.end:
                break
            if not meets(a, b):
                continue
            pair = sorted((a.key, b.key))
            if overlaps(a, b):
                conflict.append(pair)
            if a.pid == b.pid and a.kind == b.kind and abs(b.start - a.start) <= WINDOW:
                redundant.append(pair)
    return {"CONFLICT": sorted(conflict), "REDUNDANT": sorted(redundant)}


def _check_spellings() -> None:
    seen: dict[str, str] = {}
    for town in TOWNS:
        for style in TOWN_STYLES:
            spelling = town.spell(style)
            if seen.setdefault(spelling, town.tid) != town.tid:
                raise ValueError(f"ambiguous town spelling {spelling}")
    for dept in DEPTS:
        for pid in dept.policies:
            if pid not in POLICY_BY_ID:
                raise ValueError(f"{dept.slug}: unknown policy {pid}")


def generate(seed: int = 0) -> dict[str, Any]:
    _check_spellings()
    month = Month(seed)
    month.run()
    month.enforce()
    drafts = sorted(month.drafts, key=lambda d: (d.start, d.key))
    sessions: list[dict[str, Any]] = [
        {
            "key": d.key,
            "kind": d.kind,
            "title": d.title,
            "start": iso(d.start, d.utc),
            "end": iso(d.end, d.utc),
            "topics": list(d.topics),
            "sectors": list(d.sectors_out),
            "regions": list(d.regions_out),
            "hosts": list(d.hosts),
            "cancelled": d.cancelled,
        }
        for d in drafts
    ]
    return {"windowDays": WINDOW_DAYS, "sessions": sessions, "pairs": compute_pairs(drafts)}


if __name__ == "__main__":
    for s in (0, 1, 2):
        out = generate(s)
        pairs = out["pairs"]
        print(s, len(out["sessions"]), len(pairs["CONFLICT"]), len(pairs["REDUNDANT"]))
