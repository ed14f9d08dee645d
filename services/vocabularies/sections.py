"""The national industry classification's sections (GB/T 4754-2017, 国民经济行业分类), built in.

Sectors are these twenty sections, stored by their letter. The words county departments
and their data sets write for an industry are understood without a coordinator's help:
each section's Chinese and English names, and the synonyms below, in either language.
Where a word could belong to two sections, it goes where the national statistics file
it: 医药 (pharmaceutical manufacturing, C27) is manufacturing, 物业 (property management,
K70) is real estate, 旅游 is read as the hotels and restaurants a county's tourism is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Section:
    code: str
    name: str  # Chinese, as the standard writes it
    name_en: str
    synonyms: tuple[str, ...]


SECTIONS: tuple[Section, ...] = (
    Section(
        "A",
        "农、林、牧、渔业",
        "Agriculture, forestry, animal husbandry and fishery",
        (
            "agriculture",
            "farming",
            "forestry",
            "fishery",
            "fisheries",
            "fishing",
            "animal husbandry",
            "livestock",
            "aquaculture",
            "agribusiness",
            "农业",
            "农林牧渔",
            "农林牧渔业",
            "林业",
            "牧业",
            "畜牧业",
            "渔业",
            "种植业",
            "养殖业",
            "农林",
        ),
    ),
    Section(
        "B",
        "采矿业",
        "Mining",
        (
            "mining",
            "quarrying",
            "mines",
            "采矿",
            "矿业",
            "矿山",
            "煤炭开采",
        ),
    ),
    Section(
        "C",
        "制造业",
        "Manufacturing",
        (
            "manufacturing",
            "manufacture",
            "manufacturers",
            "factories",
            "industry",
            "industrial",
            "electronics",
            "pharma",
            "pharmaceuticals",
            "pharmaceutical",
            "food processing",
            "制造",
            "工业",
            "加工制造",
            "医药",
            "医药制造",
            "制药",
            "电子",
            "食品加工",
        ),
    ),
    Section(
        "D",
        "电力、热力、燃气及水生产和供应业",
        "Electricity, heat, gas and water production and supply",
        (
            "energy",
            "utilities",
            "utility",
            "electricity",
            "power",
            "power supply",
            "gas",
            "heat",
            "heating",
            "water",
            "water supply",
            "能源",
            "电力",
            "热力",
            "燃气",
            "供水",
            "供电",
            "水务",
            "水电气",
            "水电气供应",
            "水电燃气",
            "电力热力燃气",
        ),
    ),
    Section(
        "E",
        "建筑业",
        "Construction",
        (
            "construction",
            "building",
            "buildings",
            "civil engineering",
            "建筑",
            "建设",
            "施工",
            "建筑施工",
            "建筑工程",
        ),
    ),
    Section(
        "F",
        "批发和零售业",
        "Wholesale and retail trade",
        (
            "wholesale & retail",
            "wholesale and retail",
            "wholesale/retail",
            "retail",
            "wholesale",
            "trade",
            "commerce",
            "foreign trade",
            "import/export",
            "import and export",
            "import-export",
            "e-commerce",
            "ecommerce",
            "shops",
            "批发零售",
            "批发和零售",
            "批发",
            "零售",
            "商贸",
            "贸易",
            "商业",
            "外贸",
            "进出口",
            "对外贸易",
            "电子商务",
            "电商",
        ),
    ),
    Section(
        "G",
        "交通运输、仓储和邮政业",
        "Transport, storage and postal services",
        (
            "logistics",
            "transport",
            "transportation",
            "warehousing",
            "storage",
            "shipping",
            "postal services",
            "post",
            "express delivery",
            "delivery",
            "freight",
            "物流",
            "交通运输",
            "交通",
            "运输",
            "仓储",
            "邮政",
            "快递",
            "货运",
        ),
    ),
    Section(
        "H",
        "住宿和餐饮业",
        "Accommodation and catering",
        (
            "hospitality",
            "catering",
            "accommodation",
            "hotels",
            "hotel",
            "restaurants",
            "restaurant",
            "food service",
            "food and beverage",
            "tourism",
            "住宿餐饮",
            "住宿和餐饮",
            "餐饮",
            "住宿",
            "酒店",
            "宾馆",
            "饭店",
            "旅游",
        ),
    ),
    Section(
        "I",
        "信息传输、软件和信息技术服务业",
        "Information transmission, software and information technology services",
        (
            "software & it",
            "software and it",
            "software",
            "it",
            "it services",
            "information technology",
            "internet",
            "telecommunications",
            "telecom",
            "软件",
            "信息技术",
            "互联网",
            "信息传输",
            "软件和信息技术",
            "软件信息",
            "电信",
            "通信",
            "信息服务",
        ),
    ),
    Section(
        "J",
        "金融业",
        "Finance",
        (
            "finance",
            "financial services",
            "financial",
            "banking",
            "banks",
            "insurance",
            "securities",
            "金融",
            "银行",
            "保险",
            "证券",
            "金融服务",
        ),
    ),
    Section(
        "K",
        "房地产业",
        "Real estate",
        (
            "real estate",
            "property",
            "property management",
            "realty",
            "房地产",
            "地产",
            "物业",
            "物业管理",
        ),
    ),
    Section(
        "L",
        "租赁和商务服务业",
        "Leasing and business services",
        (
            "business services",
            "leasing",
            "rental",
            "consulting",
            "consultancy",
            "advertising",
            "legal services",
            "accounting",
            "human resources services",
            "travel agencies",
            "商务服务",
            "租赁",
            "租赁和商务服务",
            "咨询",
            "广告",
            "法律服务",
            "会计",
            "人力资源服务",
            "旅行社",
        ),
    ),
    Section(
        "M",
        "科学研究和技术服务业",
        "Scientific research and technical services",
        (
            "r&d",
            "research",
            "scientific research",
            "research and development",
            "technology services",
            "technical services",
            "tech services",
            "science and technology",
            "engineering services",
            "design",
            "科研",
            "研发",
            "科技服务",
            "科学研究",
            "技术服务",
            "科技",
            "研究与试验发展",
            "工程技术",
            "设计",
        ),
    ),
    Section(
        "N",
        "水利、环境和公共设施管理业",
        "Water conservancy, environment and public facilities management",
        (
            "environment",
            "environmental protection",
            "environmental services",
            "ecology",
            "water conservancy",
            "public facilities",
            "sanitation",
            "环保",
            "生态环境",
            "环境",
            "环境保护",
            "生态",
            "水利",
            "环境治理",
            "公共设施",
            "环卫",
        ),
    ),
    Section(
        "O",
        "居民服务、修理和其他服务业",
        "Resident services, repair and other services",
        (
            "services",
            "resident services",
            "household services",
            "personal services",
            "repair",
            "repairs",
            "domestic services",
            "服务业",
            "居民服务",
            "修理",
            "维修",
            "家政",
            "生活服务",
            "其他服务",
        ),
    ),
    Section(
        "P",
        "教育",
        "Education",
        (
            "education",
            "training",
            "schools",
            "vocational training",
            "教育",
            "培训",
            "教育培训",
            "学校",
            "职业培训",
        ),
    ),
    Section(
        "Q",
        "卫生和社会工作",
        "Health and social work",
        (
            "healthcare",
            "health care",
            "health",
            "medical",
            "medicine",
            "hospitals",
            "social work",
            "elderly care",
            "医疗",
            "卫生",
            "医疗卫生",
            "健康",
            "医院",
            "社会工作",
            "养老",
            "医疗服务",
        ),
    ),
    Section(
        "R",
        "文化、体育和娱乐业",
        "Culture, sports and entertainment",
        (
            "creative industries",
            "culture",
            "cultural",
            "media",
            "sports",
            "sport",
            "entertainment",
            "arts",
            "publishing",
            "news",
            "文化",
            "体育",
            "娱乐",
            "文创",
            "文化创意",
            "传媒",
            "媒体",
            "新闻出版",
            "文化体育娱乐",
            "文体",
        ),
    ),
    Section(
        "S",
        "公共管理、社会保障和社会组织",
        "Public administration, social security and social organisations",
        (
            "public administration",
            "government",
            "public sector",
            "social security",
            "social organisations",
            "social organizations",
            "ngos",
            "non-profits",
            "公共管理",
            "社会保障",
            "社会组织",
            "政府",
            "机关",
            "事业单位",
        ),
    ),
    Section(
        "T",
        "国际组织",
        "International organisations",
        (
            "international organisations",
            "international organizations",
        ),
    ),
)

BY_CODE: dict[str, Section] = {section.code: section for section in SECTIONS}
_NOT_WORD = re.compile(r"[\W_]+")


def key(value: str) -> str:
    """What two spellings of one word share: width, case, "&" and punctuation do not count,
    so "Wholesale & Retail", "wholesale and retail" and "批发、零售" meet."""
    folded = unicodedata.normalize("NFKC", value).casefold().replace("&", " and ")
    return _NOT_WORD.sub("", folded)


# The English names the statistics bureau's own translations of the standard use (2011 and
# 2017 editions), which county data sets copy: "Wholesale and Retail Trades" is F.
OFFICIAL_ENGLISH: dict[str, tuple[str, ...]] = {
    "A": ("Agriculture, Forestry, Animal Husbandry and Fishery",),
    "D": (
        "Production and Supply of Electricity, Heat, Gas and Water",
        "Production and Supply of Electricity, Gas and Water",
        "Electricity, Heat, Gas and Water Production and Supply",
    ),
    "F": ("Wholesale and Retail Trades",),
    "G": ("Transport, Storage and Post", "Traffic, Transport, Storage and Post"),
    "H": ("Hotels and Catering Services", "Accommodation and Catering Services"),
    "I": (
        "Information Transmission, Software and Information Technology",
        "Information Transmission, Computer Services and Software",
    ),
    "J": ("Financial Intermediation", "Financial Industry"),
    "L": ("Leasing and Commercial Services",),
    "M": (
        "Scientific Research, Technical Services and Geologic Prospecting",
        "Scientific Research and Technology Services",
    ),
    "N": ("Management of Water Conservancy, Environment and Public Facilities",),
    "O": (
        "Services to Households, Repair and Other Services",
        "Resident Services and Other Services",
    ),
    "Q": ("Health, Social Security and Social Welfare", "Health and Social Services"),
    "R": ("Culture, Sports and Entertainment",),
    "S": (
        "Public Management, Social Security and Social Organization",
        "Public Management and Social Organization",
    ),
    "T": ("International Organizations",),
}


def spellings(section: Section) -> tuple[str, ...]:
    """Every built-in way to name a section: its code, both names, the official English
    translations, its synonyms."""
    return (
        section.code,
        section.name,
        section.name_en,
        *OFFICIAL_ENGLISH.get(section.code, ()),
        *section.synonyms,
    )


def contraction_of(value: str) -> str | None:
    """The one section whose name ``value`` contracts, or None: Chinese keeping four or more
    of the name's characters in order ("交通运输仓储", "科研技术服务"), English two or more
    of its words ("Information and software services")."""
    folded = key(value)
    if len(folded) < 4:
        return None
    if folded.isascii():
        words = _words(value)
        if len(words) < 2:
            return None
        found = {
            section.code
            for section in SECTIONS
            for name in (section.name_en, *OFFICIAL_ENGLISH.get(section.code, ()))
            if all(any(_one_word(word, other) for other in _words(name)) for word in words)
        }
    else:
        found = {section.code for section in SECTIONS if _in_order(folded, key(section.name))}
    return found.pop() if len(found) == 1 else None


_SHORT_FORMS = {"it": ("information", "technology")}  # "Software and IT Services" is I


def _words(text: str) -> frozenset[str]:
    words = re.findall(r"[a-z]+", text.casefold())
    expanded = {full for word in words for full in _SHORT_FORMS.get(word, (word,))}
    return frozenset(expanded) - {"and", "of", "other", "the"}


_STEM = 5  # letters two forms of one word share at least ("resident" / "residential")


def _one_word(left: str, right: str) -> bool:
    """One word in two forms: "Residential" is "Resident", "Household" is "Households"."""
    short, long = sorted((left, right), key=len)
    return short == long or (len(short) >= _STEM and long.startswith(short))


def _in_order(short: str, long: str) -> bool:
    rest = iter(long)
    return all(char in rest for char in short)
