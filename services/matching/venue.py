"""Where a session happens: the building, the room, and the online meeting, read from text.

One room is written many ways: "广东省惠州市龙门县行政中心3号楼2号会议室",
"县行政中心3#楼第二会议室", "行政中心三号楼二会议室", "Meeting Room 2, Building 3,
Longmen County Administrative Center". A room holds one session at a time, so
the room is the strongest sign there is, and another room of the same building
at the same hour is the classic parallel session. So the room is kept, apart from
the building:

- **online**: meeting codes (842-331-907, 842331907, 842 331 907, in the text or
  the URL) and whether an online way in was given at all;
- **building**: the place with province, city, county, street and number
  removed, as *concepts* (经开区 = 经济技术开发区 = ETDZ, 管委会 = 管理委员会 =
  Administrative Committee, 行政服务中心 = 政务服务中心, …) and *names* (the
  proper words left, compared as pinyin so "九仙宾馆" meets "Jiuxian Hotel");
- **room**: its number, label, named hall, floor and wing, as ``rooms`` reads them.

Two places are compared field by field: what one side leaves out is unknown,
never a contradiction; what both give and differ in is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from services.matching.rooms import Room, read_room
from services.matching.scripts import in_characters
from services.matching.text import CJK, CJK_RUN, CN_NUMERAL, fold, number, pinyin_like, romanised

# Meeting codes: 9-12 digits in groups of 3-4, written together or apart.
_CODE = re.compile(r"(?<![\d.])\d{3}[- ]?\d{3,4}[- ]?\d{3,4}(?:[- ]?\d{3})?(?![\d.])")
_ONLINE = re.compile(
    r"线上|在线|网络直播|同步直播|直播链接|直播(?!\s*(?:[a-h]|\d{1,2})?\s*号?\s*[间室厅]|基地|实训|中心)|视频会议|网络会议|网上会议|腾讯会议|钉钉|企业微信|飞书|华为云|云会议|会议号|会议id|welink|"
    r"视频号|小鹅通|"
    r"\b(?:online|webinar|live\s*stream(?!\s+(?:studio|room|hall))|zoom|teams|tencent meeting|voov|dingtalk|"
    r"wecom|feishu|lark|virtual|meeting\s*(?:id|no\.?|number|code))\b"
)
_URL_QUERY = re.compile(r"[?#]")
# A channel's account ("视频号“浔澳侨联”", "视频号：某某发布") names no building.
_ACCOUNT = re.compile(
    r"(?:视频号|公众号|抖音号?|快手号?)\s*[:：]?\s*(?:[“\"「『][^”\"」』]*[”\"」』]|[^\s，,；;（）()]*)|"
    r"(?:[“\"「『][^”\"」』]*[”\"」』])\s*(?:客户端|app|小程序)"  # "“焦原融媒”客户端直播"
)
_APOSTROPHE = re.compile(r"(?<=[a-z])['’](?=[a-z])")  # "Xun'ao" is one name, xunao
# Parks of two countries are named alike in both languages: "Sino-German" is 中德.
_PARTNERS = {
    "german": "中德", "us": "中美", "american": "中美", "japanese": "中日", "korean": "中韩",
    "singapore": "中新", "french": "中法", "british": "中英", "european": "中欧", "eu": "中欧",
    "russian": "中俄", "italian": "中意", "swiss": "中瑞", "israeli": "中以", "austrian": "中奥",
    "dutch": "中荷", "spanish": "中西", "finnish": "中芬", "belgian": "中比", "malaysian": "中马",
}  # fmt: skip
_SINO = re.compile(rf"\bsino[-\s]?({'|'.join(_PARTNERS)})\b")
# "待定", "具体地点另行通知", "详见报名群通知", "详见附件", "TBA": a place not yet given is no place.
_PLACEHOLDER = re.compile(
    r"^\s*(?:具体)?(?:地点|会场|场地)?[:：]?\s*(?:待定|待通知|另行通知|另行告知|详?见[^，,]{0,8}通知|"
    r"详?见附件|待确定)\s*$|"
    r"^\s*(?:tba|tbd|to be (?:announced|confirmed|determined))\.?\s*$"
)
# "（同步线上：…）", "/ online: …": a hybrid's online half, apart from its place.
_ONLINE_ASIDE = re.compile(
    r"[(（][^()（）]*(?:线上|同步|直播|online|会议号)[^()（）]*[)）]|\s/\s*online.*$|[，,;；]\s*(?:线上|online).*$"
)

# Chinese numerals before a unit become digits, so "三号楼" meets "3号楼".
_UNIT_NUMERAL = re.compile(
    f"({CN_NUMERAL})(?=\\s*(?:号|#|楼|层|栋|幢|座|会议室|培训室|教室|课室|会议厅|活动室|直播间|室|厅))"
)
_NTH_ROOM = re.compile(
    f"第\\s*({CN_NUMERAL}|\\d+)\\s*(?=会议室|培训教室|培训室|实训室|教室|课室|会议厅|活动室|排练|直播间|报告厅|厅)"
)
_BRACKETED_INDEX = re.compile(
    f"(会议室|培训室|教室|会议厅)\\s*[(（]\\s*({CN_NUMERAL}|\\d+|[a-z])\\s*[)）]"
)

# A street address names a building: "大连路1033号" = "1033 Dalian Rd" = "No.1033 Dalian Road";
# a road may be named for its park ("园区大道1号"), but a district is no part of a road.
_CN_ADDRESS = re.compile(
    f"((?:(?![省市县镇乡])(?!区(?!路|街|大道))[{CJK}]){{1,6}}?)(?:路|街|大道|巷|大街)\\s*(\\d+)\\s*号(?:院)?"
)
# "林都大街与红松路交口俱乐部", "324国道石厝段石材城东门": a crossing, a highway's stretch or a
# gate tells where the building is, not which it is.
_CROSSING = re.compile(
    f"[{CJK}]{{1,6}}(?:路|街|大道)(?:与|和|、)[{CJK}]{{1,6}}?(?:路|街|大道)"
    "(?:交叉口|交口|交汇处|十字路口|路口)(?:[东西南北][侧角])?|"
    rf"[\dg]+(?:国道|省道|县道)(?:[{CJK}]{{1,4}}段)?|(?<=[{CJK}])[东西南北]门"
)
_EN_ADDRESS = re.compile(
    r"(?:\bno\.?\s*)?\b(\d+)\s+([a-z' ]+?)\s+(?:road|rd|street|st|avenue|ave|lane|ln|boulevard|blvd)\b"
)
_ROAD_DIRECTIONS = re.compile(r"东|西|南|北|中|\b(?:east|west|south|north|middle|central)\b|'|\s")
_STREET = re.compile(f"[{CJK}]{{2,6}}(?:路|大道)(?!演)")
# Institutions in both languages, so a building is recognised however it is written.
_CONCEPTS: tuple[tuple[str, str], ...] = (
    (
        "high-tech zone",
        r"高新技术产业开发区|高新技术开发区|高新区|hi-?\s?tech(?: industrial)?(?: development)? zone|high-?\s?tech(?: industrial)?(?: development)? zone|\bhtz\b|\bhidz\b",
    ),
    ("bonded zone", r"综合保税区|保税区|综保区|(?:comprehensive )?bonded zone|\bcbz\b|\bjcbz\b"),
    (
        "economic development zone",
        r"经济技术开发区|经济开发区|经开区|开发区|\b[a-z]{0,3}e?t?dz\b|economic(?: and technological)? development zone|development zone",
    ),
    (
        "border cooperation zone",
        r"边境经济合作区|边境合作区|边合区|border (?:economic )?cooperation zone|\b[a-z]{0,3}becz\b",
    ),
    (
        "administrative committee",
        r"管理委员会|管委会|administrative committee|management committee|admin(?:istration)? committee|"
        r"park administration|(?:(?<=zone )|(?<=dz )|(?<=cz )|(?<=tz ))administration",
    ),
    (
        "service center",
        r"行政服务中心|政务服务中心|政务服务大厅|行政服务大厅|政务大厅|政务中心|市民服务中心|市民中心|gov(?:ernment|\.|t\.?)?\s+services?\s+cent(?:er|re)|citizen(?:s'?)? cent(?:er|re)|administrative service cent(?:er|re)|public service cent(?:er|re)|citizen service cent(?:er|re)|service hall",
    ),
    (
        "visitor center",
        r"游客服务中心|游客中心|游客集散中心|visitor(?:s'?)? (?:service )?cent(?:er|re)|tourist (?:service |information )?cent(?:er|re)",
    ),
    (
        "administrative center",
        r"行政中心|administrative cent(?:er|re)|admin cent(?:er|re)|government cent(?:er|re)|government complex|administrative complex|civic cent(?:er|re)",
    ),
    (
        "county government",
        r"(?:^|[县市区旗])(?:人民)?政府(?!采购)|[县市区旗]府(?![前后东西南北]?[路街巷])|"
        r"county government(?! service)|municipal government|city government|government compound",
    ),
    ("party school", r"党校|行政学院|行政学校|party school"),  # one institution, two plaques
    ("e-commerce park", r"电子商务产业园|电商产业园|电商园|e-?\s?commerce(?: industrial)? park"),
    (
        "e-commerce service center",
        r"电子商务公共服务中心|电商公共服务中心|电子商务服务中心|电商服务中心|"
        r"e-?\s?commerce (?:public )?service cent(?:er|re)",
    ),
    ("industrial park", r"产业园|工业园|园区|industrial park|industry park"),
    (
        "innovation center",
        r"科技创新中心|创新创业服务中心|创新创业中心|双创中心|创新中心|innovation (?:and entrepreneurship )?cent(?:er|re)",
    ),
    (
        "human resources market",
        r"人力资源市场|劳动力市场|人才市场|人力资源服务产业园|human resources? market|"
        r"labou?r market|talent market",
    ),
    (
        "employment center",
        r"公共就业(?:和人才)?服务中心|就业(?:和人才)?服务中心|就业服务大厅|劳动就业局|"
        r"employment service cent(?:er|re)",
    ),
    ("hotel", r"宾馆|酒店|饭店|\bhotel\b|guesthouse"),
    (
        "conference center",
        r"会议中心|会展中心|conference cent(?:er|re)|convention (?:(?:&|and) exhibition )?cent(?:er|re)|"
        r"expo cent(?:er|re)",
    ),
    ("library", r"图书馆|\blibrary\b"),
    (
        "port inspection building",
        r"口岸联检大楼|口岸联检楼|联检大楼|联检楼|(?:port\s+)?(?:joint\s+)?inspection\s+building",
    ),
    (
        "cultural hall",
        r"文化馆|文化中心|文化活动中心|cultural (?:hall|cent(?:er|re))|culture (?:hall|cent(?:er|re))",
    ),
    (
        "talent service center",
        r"人才服务中心|人才交流中心|人才中心|talent (?:service |exchange )?cent(?:er|re)",
    ),
    ("citizens hall", r"市民之家|citizens?'? hall|civic hall"),
    (
        "startup park",
        r"创业园|创业孵化基地|创业基地|孵化园|孵化基地|\bstartup (?:park|base)\b|\bincubator\b|entrepreneurship (?:park|base)",
    ),
    (
        "science park",
        r"科技园|\bscience park\b|\btech(?:nology)? park\b|science and technology park",
    ),
    # the 工商联 is the county's 总商会 under its other plaque
    ("chamber of commerce", r"商会大楼|商会|工商联|工商业联合会|chamber of commerce"),
    # the trade union's house: its 工人文化宫, its 职工之家, its 工会大楼
    (
        "trade union",
        r"工人文化宫|职工之家|职工服务中心|工会大楼|总工会|工会|"
        r"workers'? (?:cultural palace|home)|trade union",
    ),
    ("museum", r"博物馆|\bmuseum\b"),
    ("exhibition hall", r"展览馆|展示馆|展示中心|exhibition (?:hall|cent(?:er|re))"),
    (
        "town government",
        # a town's name before 政府 is a town's ("红松政府"); 县, 市 or 区 is the county's
        r"镇人民政府|镇政府|镇府|乡人民政府|乡政府|苏木人民政府|苏木政府|(?<=[\u4e00-\u9fff])(?<![县市区旗省民])政府|"
        r"town government|township government",
    ),
    ("street office", r"街道办事处|街道办|sub-?district (?:office|government)|street office"),
    ("town service center", r"便民服务中心|为民服务中心|便民服务站"),  # each town's own
    (
        "village",
        r"党群服务中心|党群中心|村委会|村部|嘎查部|社区服务中心|village committee|community cent(?:er|re)",
    ),
    # a town's market, where its market-day sessions are held: "酒坊场坝", "酒坊镇赶场点"
    (
        "town market",
        r"集镇农贸市场|农贸市场|集贸市场|赶场点|赶集点|场坝|集市|farmers'? market|market square",
    ),
    ("enterprise service center", r"企业服务中心|enterprise service cent(?:er|re)"),
    (
        "company",
        r"有限责任公司|股份有限公司|有限公司|公司|\bco\.?,? ?ltd\.?|\bcompany\b|\bcorp(?:oration)?\b|\binc\b",
    ),
    # a county's one vocational school under its plaques: the 职业高中 became the 职教中心
    (
        "vocational school",
        r"职业教育中心|职教中心|职业高级中学|职业高中|职业中学|职高|职中|"
        r"vocational (?:high school|education cent(?:er|re))",
    ),
    (
        "school",
        r"职业技术学校|职业培训学校|培训学校|技工学校|学校|学院|vocational (?:training )?school|\bschool\b|\bcollege\b",
    ),
    (
        "tax bureau",
        r"国家税务总局|税务局|税务所|税务(?!师)|国税|地税|办税服务厅|办税大厅|"
        r"tax(?:ation)? (?:bureau|service|office)",
    ),
    ("market regulation", r"市场监督管理局|市场监管局|市监局|market (?:supervision|regulation)"),
    (
        "human resources bureau",
        r"人力资源和社会保障局|人力资源社会保障局|人社局|人社大楼|劳动和社会保障局|劳动保障局|"
        r"(?:human resources|labou?r) and social security",
    ),
    (
        "medical insurance bureau",
        r"医疗保障局|医保局|medical (?:security|insurance) bureau|healthcare security",
    ),
    # the 安监局 became the 应急管理局 in 2018, and 国税 and 地税 one 税务局; buildings
    # and people keep the old names
    (
        "emergency bureau",
        r"应急管理局|应急局|应急大楼|安全生产监督管理局|安监(?:局|大楼)|emergency management|work safety bureau",
    ),
    ("ecology bureau", r"生态环境局|环保局|ecology and environment|environmental protection"),
    (
        "housing bureau",
        r"住房和城乡建设局|住建局|housing and (?:urban-rural|urban and rural) development",
    ),
    ("commerce bureau", r"商务局|commerce bureau|bureau of commerce"),
    ("customs", r"海关|\bcustoms\b"),
    # the county's 融媒体中心 took over its TV station and its building
    ("media center", r"融媒体中心|融媒中心|融媒大楼|广播电视台|电视台|media cent(?:er|re)"),
    (
        "agriculture bureau",
        r"农业农村局|农业局|农业大楼|农牧业局|农牧局|农牧大楼|"
        r"agricultur(?:e|al) (?:and (?:rural affairs|animal husbandry) )?bureau",
    ),
    # its extension station, which the old name calls a 站 and the new a 中心
    (
        "agricultural extension",
        r"农(?:牧)?业技术推广(?:中心|站)|农(?:牧)?技(?:术)?推广(?:中心|站)|农技(?:中心|站)|"
        r"agricultural (?:technology )?extension (?:cent(?:er|re)|station)",
    ),
    ("science bureau", r"科学技术局|科技局|science and technology bureau"),
    ("industry bureau", r"工业和信息化局|工信局|industry and information technology"),
    # a coal county's 煤炭工业局 became its 能源局; the building keeps the old name
    (
        "energy bureau",
        r"能源局|煤炭工业局|煤炭局|energy (?:administration|bureau)|coal (?:industry )?bureau",
    ),
    # where Taiwanese investors are received: one house, by any of its plaques
    (
        "taiwanese business house",
        r"台商之家|台商会馆|台商服务中心|台胞台商服务中心|"
        r"taiwanese (?:business(?:men)?(?:'s|s')? )?(?:service cent(?:er|re)|home|house)",
    ),
    ("expo park", r"博览园|博览中心|expo park"),
    ("square", r"文化广场|广场|\bsquare\b|\bplaza\b"),
    ("tower", r"大厦|大楼|办公楼|综合楼|\btower\b|\bmansion\b|office building"),
)
_CONCEPT_PATTERNS = tuple((name, re.compile(pattern)) for name, pattern in _CONCEPTS)
# What a county calls the buildings of its government compound, often one and the same:
# its 行政中心 is the 行政综合楼, whose west wing is the 会议中心, and the 县府 is in it.
COMPOUND = frozenset({"administrative center", "tower", "conference center", "county government"})
# What a building is, not whose: 大厦, 大楼, 办公楼
KINDS_OF_BUILDING = frozenset({"tower"})
# A town's own seat: "镇政府" alone is the hall of the town a posting is for.
TOWN_SEATS = frozenset({"town government", "street office", "town service center"})
# Buildings a county has one of in every town or many of: the name tells which.
MANY_PER_COUNTY = TOWN_SEATS | {"village", "town market", "company", "school", "hotel"}
# Institutions a county houses under one roof, so co-hosts name either: the 人力资源市场 is a
# floor of the 公共就业服务中心 or of the 人社局's building, the 电子商务公共服务中心 is in the
# 电商产业园, the 农技推广中心 in its 农业农村局's building.
UNDER_ONE_ROOF = (
    frozenset(
        {
            "human resources market",
            "employment center",
            "talent service center",
            "human resources bureau",
        }
    ),
    frozenset({"e-commerce park", "e-commerce service center"}),
    frozenset({"agriculture bureau", "agricultural extension"}),
)
# Provinces and the largest cities, often written without 省/市 ("上海金山…", "Shanghai").
_REGIONS = (
    "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|"
    "广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|"
    "广州|深圳|杭州|南京|苏州|武汉|成都|西安|长沙|郑州|济南|青岛|沈阳|大连|哈尔滨|长春|合肥|"
    "福州|厦门|南昌|南宁|昆明|贵阳|太原|石家庄|呼和浩特|兰州|西宁|银川|乌鲁木齐|拉萨|海口|宁波|无锡"
)
_REGION_WORDS = frozenset(
    [
        "beijing",
        "tianjin",
        "shanghai",
        "chongqing",
        "hebei",
        "shanxi",
        "liaoning",
        "jilin",
        "heilongjiang",
        "jiangsu",
        "zhejiang",
        "anhui",
        "fujian",
        "jiangxi",
        "shandong",
        "henan",
        "hubei",
        "hunan",
        "guangdong",
        "hainan",
        "sichuan",
        "guizhou",
        "yunnan",
        "shaanxi",
        "gansu",
        "qinghai",
        "guangxi",
        "ningxia",
        "xinjiang",
        "guangzhou",
        "shenzhen",
        "hangzhou",
        "nanjing",
        "suzhou",
        "wuhan",
        "chengdu",
        "xian",
        "changsha",
        "zhengzhou",
        "jinan",
        "qingdao",
        "shenyang",
        "dalian",
        "harbin",
        "changchun",
        "hefei",
        "fuzhou",
        "xiamen",
        "nanchang",
        "nanning",
        "kunming",
        "guiyang",
        "taiyuan",
        "shijiazhuang",
        "lanzhou",
        "xining",
        "yinchuan",
        "ningbo",
        "wuxi",
        "china",
        "prc",
    ]
)
_PLACE_NAME = f"(?:(?![省市县区镇乡委])[{CJK}])"
# The committee whose party school it is: "云溪县委党校", "县委党校" (a city before it stays a city)
_PARTY = re.compile(f"中共|(?:{_PLACE_NAME}{{2,3}}?)?(?:县|市|区|旗)委(?=党校)")
# A district's 区, not a park's, scenic area's or zone's ("中德园区", "景区", "B区", "边合区",
# "自贸区", "港区")
_DISTRICT = "(?<![园景社片厂校展专营服务作合贸保范验聚港])区"
# A city's 市, not a market's ("洋坑茶市", "花市", "超市") nor a citizen's ("市民中心")
_CITY = "(?<![茶花菜鱼果夜早集超股门])市(?!民|场)"
# An autonomous prefecture or county names its peoples before 自治: "白岭朝鲜族自治州"
_AUTONOMOUS = f"(?:{_PLACE_NAME}{{1,4}}?族)*自治"
# Inner Mongolia's counties are banners (旗) of long Mongolian names, its townships 苏木;
# not a flagship store's 旗舰 nor a 红旗路
_BANNER = "旗(?![舰路街村镇乡大委])"
_ADMIN_PREFIX = re.compile(
    f"^(?:中国)?(?:(?:{_REGIONS})(?:省|{_CITY}|自治区)?(?!路|街|大道))?(?:{_PLACE_NAME}{{2,3}}(?:省|自治区))?"
    f"(?:{_PLACE_NAME}{{2,5}}?(?:{_AUTONOMOUS}州|地区|盟))?(?:{_PLACE_NAME}{{2,3}}{_CITY}){{0,2}}"
    f"(?:(?:{_PLACE_NAME}{{1,4}}(?:{_AUTONOMOUS})?(?:县|{_DISTRICT})|{_PLACE_NAME}{{1,6}}?{_BANNER})"
    f"(?!委|政府|人民政府))?"
)
# "县行政中心", "旗行政中心": the county's (or banner's) own
_COUNTY_WORD = re.compile(r"^(?:县|市(?!民)|区|旗)(?=[^委])")
# A town named on the way to a building, with its kind: ("江尾", "镇"), ("文昌", "街道")
_PASSING_TOWN = re.compile(f"([{CJK}]{{2,3}})(镇|街道|乡|苏木)(?!人民政府|政府|府|办事处|办)")
_REGION_NAME = re.compile(
    f"({_PLACE_NAME}{{2,6}}?)(?:{_AUTONOMOUS}[州县]|省|{_CITY}|县(?!委)|{_DISTRICT}|镇|乡|街道|苏木|{_BANNER})"
)
_EN_TAIL = re.compile(r",\s*([a-z]+)\s*(?=,|$)")
_EN_REGION_NAME = re.compile(r"\b([a-z]+)\s+(?:county|city|province|prefecture|district|town)\b")
_EN_ADMIN = re.compile(
    r"\b[a-z]+(?:'[a-z]+)?\s+(?:county|city|province|prefecture|district)\b|\bchina\b|"
    r"\b(?:county|city|province|prefecture)\b"
)
_VENUE_STOPWORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "no",
        "room",
        "floor",
        "hall",
        "level",
        "building",
        "bldg",
        "tower",
        "block",
        "wing",
        "east",
        "west",
        "south",
        "north",
        "meeting",
        "conference",
        "training",
        "center",
        "centre",
        "f",
        "id",
        "online",
        "live",
        "via",
        "main",
        "multimedia",
        "multi-function",
        "multifunction",
    ]
)
_NOISE_CHARS = re.compile(r"[^\w\s]")
_ROOM_WORDS = re.compile(r"楼|层|室|厅|号|第|侧|内|旁")
# Words of any building's name; and the party committee, housed with the government
# ("县委县政府大院", "旗委旗政府大院")
_CJK_GENERIC = re.compile(
    r"多功能|多媒体|教学|服务|综合|行政|专区|企业|楼|层|室|厅|中心|办公|会议|培训|号|第|侧|区|内|旁|院|"
    r"[县市旗]委"
)


@dataclass(frozen=True, slots=True)
class Venue:
    online: bool
    onsite: bool
    codes: frozenset[str]  # meeting numbers, digits only
    links: frozenset[str]  # join URLs without scheme and query: one meeting's link, however shared
    concepts: frozenset[str]
    names: frozenset[str]  # proper words, Chinese or English: {"九仙"}, {"jiuxian"}
    place: str  # the building's Chinese as written, less administrative parts: "兰博园"
    addresses: frozenset[str]  # "dalian:1033"
    room: Room
    # The province, city, county and town it is written in, as pinyin ({"wengyuan"}): a name
    # the other side writes as its county ("Wengyuan E-commerce Park") names no building.
    regions: frozenset[str] = frozenset()
    written: str = ""  # the whole place as written, room and all, folded

    @property
    def known(self) -> bool:
        return self.online or self.onsite


NOWHERE = Venue(
    False, False, frozenset(), frozenset(), frozenset(), frozenset(), "", frozenset(), Room()
)


def _digits(text: str) -> str:
    """Chinese numerals before units as digits: "三号楼二会议室" → "3号楼2会议室"; a room
    number read digit by digit too ("五一二" is 512)."""
    text = _SPELT_ROOM.sub(lambda m: m.group(0).translate(_DIGIT_BY_DIGIT), text)
    text = _BRACKETED_INDEX.sub(lambda m: f"{m.group(1)}{number(m.group(2)) or m.group(2)}", text)
    text = _NTH_ROOM.sub(lambda m: str(number(m.group(1))), text)
    return _UNIT_NUMERAL.sub(lambda m: str(number(m.group(1))), text)


_DIGIT_BY_DIGIT = str.maketrans("〇零一二三四五六七八九", "00123456789")
_SPELT_ROOM = re.compile(
    "(?<![〇零一二三四五六七八九十])[一二三四五六七八九][〇零一二三四五六七八九]{2,3}"
    "(?![〇零一二三四五六七八九十])(?=\\s*(?:室|房间|会议室|教室|课室|培训室|$|[),，）]))"
)


def _road(name: str) -> str:
    """A road's name without its direction: "延安西路" and "West Yan'an Road" are "yanan"."""
    bare = _ROAD_DIRECTIONS.sub("", name)
    return romanised(bare) if CJK_RUN.search(bare) else bare


def _addresses(text: str) -> tuple[frozenset[str], str]:
    """Street addresses as "road:number", and the text without them."""
    found = {f"{_road(road)}:{number}" for road, number in _CN_ADDRESS.findall(text)}
    found |= {f"{_road(road)}:{number}" for number, road in _EN_ADDRESS.findall(text)}
    return frozenset(found), _CROSSING.sub(" ", _EN_ADDRESS.sub(" ", _CN_ADDRESS.sub(" ", text)))


def addresses_agree(left: Iterable[str], right: Iterable[str]) -> bool:
    """Some address of each side names one building: the same number on roads whose names
    meet. One name may hold the other, since a road's direction cannot always be told from
    its name ("江南大道" is Jiangnan Avenue, "延安西路" West Yan'an Road, and an address
    written after a district's 市 loses it: "市心中路" is read from 心)."""
    for a in left:
        road_a, _, number_a = a.rpartition(":")
        for b in right:
            road_b, _, number_b = b.rpartition(":")
            if number_a == number_b and _roads_meet(road_a, road_b):
                return True
    return False


def _roads_meet(a: str, b: str) -> bool:
    return a == b or (bool(a) and bool(b) and (a in b or b in a))


def _plain(text: str) -> str:
    """The building's Chinese with administrative parts and room words gone."""
    runs = (
        _ROOM_WORDS.sub("", _COUNTY_WORD.sub("", _ADMIN_PREFIX.sub("", run)))
        for run in CJK_RUN.findall(_PARTY.sub(" ", text))
    )
    return "".join(runs)


def _place(text: str, *, addressed: bool, roomed: bool) -> tuple[frozenset[str], frozenset[str]]:
    """Concepts and proper names of a building, with administrative parts gone.

    Concepts are read first, so that "综保区" is a bonded zone, not a county's district.
    Chinese names stay in characters (an abbreviation keeps its characters in order:
    "兰博园" / "兰花博览园"); English ones are words. A town and a room alone
    ("北洼镇3楼会议室") is the town government's room.
    """
    concepts, text = _concepts(_PARTY.sub(" ", text))
    names: set[str] = set()
    towns: set[tuple[str, str]] = set()
    for run in CJK_RUN.findall(text):
        run = _COUNTY_WORD.sub("", _STREET.sub("", _ADMIN_PREFIX.sub("", run)))
        name = _CJK_GENERIC.sub("", _PASSING_TOWN.sub("", run))
        towns.update(_PASSING_TOWN.findall(run))
        if len(name) < 2 and concepts and not addressed:  # the town's own: "江尾镇文化广场"
            name = "".join(town for town, _ in _PASSING_TOWN.findall(run))
        if len(name) >= 2:
            names.add(name)
    if roomed and towns and not (concepts or names or addressed):
        seats = {"street office" if suffix == "街道" else "town government" for _, suffix in towns}
        concepts, names = frozenset(seats), {town for town, _ in towns}
    latin = _EN_ADMIN.sub(" ", _NOISE_CHARS.sub(" ", CJK_RUN.sub(" ", text)))
    names.update(
        word
        for word in latin.split()
        if len(word) > 1
        and not word.isdigit()
        and word not in _VENUE_STOPWORDS
        and word not in _REGION_WORDS
    )
    return frozenset(concepts), frozenset(names)


_ZONES = frozenset({"high-tech zone", "bonded zone", "economic development zone"})


def without_county(name: str) -> str:
    """A Chinese place name less the province, city and county written before it
    ("云溪县溪坑镇" is "溪坑镇"), unless nothing would be left of it."""
    bare = _ADMIN_PREFIX.sub("", name)
    return bare if len(bare) >= 2 else name


def zones_in(text: str) -> frozenset[str]:
    """The kinds of development zone a folded text names ("经开区" = "ETDZ"), each read once
    as the building concepts are ("高新技术产业开发区" is a high-tech zone only)."""
    return _concepts(text)[0] & _ZONES


def _concepts(text: str) -> tuple[frozenset[str], str]:
    """The institutions a text names, and the text without them. Where two names overlap,
    the longer is the one meant: "人力资源服务产业园" is a human resources market, not an
    industrial park, and "高新技术产业开发区" a high-tech zone."""
    found = sorted(
        (
            (match.start(), match.end(), name)
            for name, pattern in _CONCEPT_PATTERNS
            for match in pattern.finditer(text)
            if match.end() > match.start()
        ),
        key=lambda item: (item[0] - item[1], item[0]),
    )
    taken: list[tuple[int, int]] = []
    named: set[str] = set()
    for start, end, name in found:
        if all(end <= low or start >= high for low, high in taken):
            taken.append((start, end))
            named.add(name)
    for start, end in sorted(taken, reverse=True):
        text = f"{text[:start]} | {text[end:]}"
    return frozenset(named), text


def meeting_codes(*texts: str) -> frozenset[str]:
    return frozenset(re.sub(r"[- ]", "", found) for text in texts for found in _CODE.findall(text))


@lru_cache(maxsize=1 << 16)
def venue(location: str | None, online_url: str | None = None) -> Venue:
    """Read a free-text location and an optional online URL (cached: venues repeat)."""
    text = _SINO.sub(lambda m: _PARTNERS[m.group(1)], fold(location or ""))
    text = in_characters(text)
    # an account's name gives way to the word that says online, and so names no building
    text = "" if _PLACEHOLDER.match(text) else _APOSTROPHE.sub("", _ACCOUNT.sub(" 视频号 ", text))
    url = fold(online_url or "")
    codes = meeting_codes(text, url)
    links = (
        frozenset({_URL_QUERY.split(url.split("://")[-1])[0].rstrip("/")}) if url else frozenset()
    )
    online = bool(url) or bool(_ONLINE.search(text)) or bool(codes)
    place_text = _ONLINE_ASIDE.sub(" ", _CODE.sub(" ", text))
    place_text = _ONLINE.sub(" ", place_text)
    # "…, Xun'ao, Quanzhou": an English address ends in its town and city, bare
    tail = frozenset(word for word in _EN_TAIL.findall(place_text) if pinyin_like(word))
    place_text = _EN_TAIL.sub(lambda m: " " if m.group(1) in tail else m.group(0), place_text)
    addresses, place_text = _addresses(place_text)
    room, rest = read_room(_digits(place_text))
    concepts, names = _place(
        rest, addressed=bool(addresses), roomed=room.specific or room.floor is not None
    )
    onsite = bool(concepts or names or addresses or room.specific or room.floor is not None)
    regions = (
        frozenset(
            romanised(name) for run in CJK_RUN.findall(text) for name in _REGION_NAME.findall(run)
        )
        | frozenset(filter(pinyin_like, _EN_REGION_NAME.findall(text)))  # not a "Shoe City"
        | tail
    )
    return Venue(
        online,
        onsite,
        codes,
        links,
        concepts,
        names,
        _plain(rest),
        addresses,
        room,
        regions,
        written=fold(location or ""),
    )


def abbreviates(left: str, right: str) -> bool:
    """Whether the shorter of two Chinese names is the longer's abbreviation (at least two
    characters, in order): "兰博园" / "兰花博览园", "经开区管委会" / "经济技术开发区管理委员会"."""
    short, long = sorted((left, right), key=len)
    return len(short) >= 2 and _subsequence(short, long)


def _subsequence(short: str, long: str) -> bool:
    """Whether ``short``'s characters appear in ``long`` in order ("兰博园" in "兰花博览园")."""
    rest = iter(long)
    return all(char in rest for char in short)


def _name_meets(name: str, other: str) -> bool:
    """One name abbreviates the other, or one begins with three characters or more that the
    other holds ("大峡谷景区游客集散中心" / "赤峡大峡谷游客中心"); a shared ending is a
    trade's words ("宏翔电子科技" / "兴翔电子科技")."""
    if CJK_RUN.fullmatch(name) and CJK_RUN.fullmatch(other):
        short, long = sorted((name, other), key=len)
        if _subsequence(short, long) or _trade(name) == _trade(other) != "":
            return True
        shared_heads = {
            head
            for head in (short[:_SHARED_HEAD], long[:_SHARED_HEAD])
            if len(head) == _SHARED_HEAD and head in short and head in long
        }
        # an owner's name shared ("林业局俱乐部" / "林业局森林旅游公司") says whose, not which
        return any(not head.endswith(INSTITUTION_ENDINGS) for head in shared_heads)
    left = romanised(name) if CJK_RUN.search(name) else name
    right = romanised(other) if CJK_RUN.search(other) else other
    return left in right or right in left


_SHARED_HEAD = 3
# "石材城", "石材产业" and "石材产业园" are one trade's quarter: what follows the trade's name
_TRADE_LENGTH = 2  # characters of a trade's name at least ("茶城" is no trade's quarter)
_TRADE_QUARTER = re.compile(r"(?:产业园区|产业园|产业|园区|工业园|园|城)$")


def _trade(name: str) -> str:
    """The trade a quarter is named for ("石材城" → "石材"), or "" if it is not so named."""
    stem = _TRADE_QUARTER.sub("", name)
    return stem if stem != name and len(stem) >= _TRADE_LENGTH else ""


# The endings of an institution's own name (煤炭工业局, 经信委, 供销社): a name so ending says
# whose a building is, not which of its buildings.
INSTITUTION_ENDINGS = ("局", "委", "委员会", "办", "院", "所", "站", "社", "会")


def names_comparable(left: Iterable[str], right: Iterable[str]) -> bool:
    """Whether two sides' names can show a difference: names in one script can, and so can
    Chinese against English words that are all pinyin ("Xiaoshan" is not "滨江"); Chinese
    against translated English cannot, even beside a pinyin name ("经开区科创大厦" /
    "Sci-Tech Innovation Tower, Jintang ETDZ")."""
    a, b = frozenset(left), frozenset(right)
    chinese = [bool(CJK_RUN.search(name)) for name in (*a, *b)]
    if all(chinese) or not any(chinese):
        return True
    latin = [name for name in (*a, *b) if not CJK_RUN.search(name)]
    return all(pinyin_like(word) for word in latin)


def names_agree(left: Iterable[str], right: Iterable[str]) -> float:
    """How far one side's proper names are found in the other's; 1.0 when every name of the
    side with fewer is found. Chinese meets Chinese as an in-order abbreviation, and meets
    English as pinyin ("九仙" is "jiuxian")."""
    a, b = sorted((frozenset(left), frozenset(right)), key=len)
    if not a:
        return 1.0
    found = sum(1 for name in a if any(_name_meets(name, other) for other in b))
    return found / len(a)


def not_regions(names: frozenset[str], regions: frozenset[str]) -> frozenset[str]:
    """The names that are not one of ``regions``, in either script, and Chinese names less a
    region they begin with ("桑台育苗" is the "育苗" of a side written in 桑台镇)."""
    if not regions:
        return names
    return frozenset(
        _after_region(name, regions) for name in names if (romanised(name) or name) not in regions
    )


def _after_region(name: str, regions: frozenset[str]) -> str:
    for length in (3, 2):
        if len(name) - length >= 2 and romanised(name[:length]) in regions:
            return name[length:]
    return name


def bare_link_forms(links: frozenset[str]) -> frozenset[str]:
    """The links that carry no meeting number, less their last part, the meeting's own
    ("meeting.tencent.com/dm" of "meeting.tencent.com/dm/7wuBgJ5s")."""
    return frozenset(
        form
        for form, _, last in (link.rpartition("/") for link in links)
        if form and not _CODE.search(last)
    )
