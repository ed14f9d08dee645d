"""One snapshot of the county's vocabularies, and what a value someone wrote stands for.

Pure: the database part (``store``) loads it, the validators ask it. Each facet knows
its entries by every spelling (``sections.key``), so "Manufacturing", "制造业" and "C"
are one sector. What a facet does with a word it does not know differs:

- a sector is always one of the built-in sections, so anything else is refused;
- a region is refused only once the coordinator has registered at least one; before,
  there is no list to check against and the value is kept as written (and listed as
  unreviewed), so a fresh deployment never blocks a department;
- a topic is kept as written (and listed as unreviewed) on a posting; a filter may name
  only a topic that exists, kept or unreviewed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from pypinyin import Style, pinyin
from rapidfuzz import fuzz, process

from services.core.errors import Message
from services.vocabularies.sections import BY_CODE, SECTIONS, contraction_of, key, spellings

SUGGESTIONS = 3
# "C 制造业", "C-制造业", "制造业（C）": a section's code beside its name
_CODED = re.compile(
    r"([A-Ta-t])(?![A-Za-z])\s*[-–—:：.、(（]?\s*([^()（）]+?)\s*[)）]?|([^()（）]+?)\s*[(（]\s*([A-Ta-t])\s*[)）]"
)
_NEAR_SPELLING = 90  # rapidfuzz ratio past which a sector spelling is read as the one it nears


class Facet(Enum):
    SECTOR = "sector"
    REGION = "region"
    TOPIC = "topic"


_NAMES = {
    Facet.SECTOR: Message("sector", "行业"),
    Facet.REGION: Message("region", "地区"),
    Facet.TOPIC: Message("topic", "主题"),
}
_ACCEPTED = {
    Facet.SECTOR: Message(
        "a GB/T 4754 section code (A–T), its Chinese or English name, or a synonym (see the `sectors` query)",
        "GB/T 4754 门类代码（A–T）、其中文或英文名称，或同义词（见 `sectors` 查询）",
    ),
    Facet.REGION: Message(
        "a registered town or street: its code, name or a synonym (see the `regions` query)",
        "已登记的镇街：其代码、名称或同义词（见 `regions` 查询）",
    ),
    Facet.TOPIC: Message(
        "a topic in the `topics` query: its name or a synonym",
        "`topics` 查询中的主题：其名称或同义词",
    ),
}


# A town or street is named with or without its kind, in characters or in pinyin: "长宁镇",
# "长宁", "Changning Town", "Changning Zhen"; a Mongolian sumu or gacha likewise
# ("巴彦查干苏木", "Bayanchagan Sumu"); a township by its old commune's or state farm's name
# ("哈播公社", "南溪农场"), an island town by its island ("双屿岛"). A district or county is
# not: "石湾区" is no 石湾镇. A note in brackets after the name ("红崖镇（原寨子湾乡）", its
# former name) is no part of it.
TOWN_KINDS = "镇|街道|乡|公社|农场|岛|苏木|嘎查"
_NOTE = re.compile(r"(?<=[^\s(（])\s*[(（][^()（）]*[)）]\s*$")
_REGION_KIND = re.compile(
    rf"(?<=\w\w)(?:{TOWN_KINDS})$|"
    r"\s+(?:town|township|island|street|subdistrict|zhen|xiang|jiedao|sumu?|gachaa?)$",
    re.I,
)


def without_note(region: str) -> str:
    """A region's name without a note in brackets after it; a name that is only a bracket
    ("（全县）") is kept whole, for it has nothing else to be named by."""
    return _NOTE.sub("", region).strip()


# An audience of the whole county rather than a part of it: "全县", "各乡镇", "全域",
# "county-wide", "all towns"; or the county itself ("库木巴格县", "Ulaan Tal Banner"),
# since a county's calendar is read by the county's enterprises.
_WHOLE_COUNTY = re.compile(
    r"(?:全县|全区|全市|全旗|全域|县域|全县域|全辖区|不限|不限地区|全部|所有)(?:各?乡镇(?:街道)?)?|"
    r"(?:各|所有|全部)(?:乡镇|镇|乡|镇街|乡镇街道|街道|苏木|嘎查)(?:（?街道）?)?|"
    r"\w{2,8}?(?:自治县|县|旗)|"
    r"(?:the\s+)?(?:whole|entire)\s+(?:county|banner)|county-?\s?wide|countywide|"
    r"all(?:\s+(?:towns?|townships?|regions?|areas|streets|subdistricts))?|any|"
    r"[a-z' -]+\s+(?:county|banner)",
    re.I,
)
# A region that restricts nothing: the audience is the whole county.
WHOLE_COUNTY = ""


# Pinyin readings of a name tried at most ("长宁": changning, zhangning). Two towns whose
# names sound alike (长宁, 常宁) still differ in characters, which are tried first; in
# pinyin the one registered first is meant.
_READINGS = 8


# A town of a Mongolian (or other minority) name is romanised from that language as often as
# from its Chinese characters' pinyin: "Saikhan Ovoo" and "Saihan'aobao" are 赛罕敖包, "Khar
# Tolgoi" is 哈日陶勒盖, "Tsagaan Nuur" 查干淖尔. Read by their consonants, as the two systems
# write them alike, they meet. Only a romanisation is read so: two names in characters are
# told apart by their characters ("图安市北湖" is not "图安市白桦", though they sound alike to
# a consonant), and a name of fewer consonants than this is too short to be told by them.
_SOUNDS_AT_LEAST = 4
_CONSONANTS = (
    (re.compile(r"kh"), "h"),
    (re.compile(r"ts|ch|zh|q"), "c"),
    (re.compile(r"sh|x"), "s"),
    (re.compile(r"ng(?![aeiou])"), "n"),
    (re.compile(r"v"), "b"),
    (re.compile(r"[^bcdfghjklmnprstz]"), ""),  # vowels, and the glides y and w
)
_DOUBLED = re.compile(r"(.)\1+")
# Marks of a key read by sound, by the script of the spelling heard (no spelling's own key
# begins with "~"): a romanisation meets names in either script, a name in characters only
# romanisations.
_HEARD_IN_LATIN, _HEARD_IN_CHARACTERS = "~l", "~c"
_MARKS = {  # (looking up, written in Latin letters) -> the marks of the sounds' keys
    (False, True): (_HEARD_IN_LATIN,),
    (False, False): (_HEARD_IN_CHARACTERS,),
    (True, True): (_HEARD_IN_CHARACTERS, _HEARD_IN_LATIN),
    (True, False): (_HEARD_IN_LATIN,),
}


def _sound(syllables: Iterable[str]) -> str:
    """A romanised name's consonants as either system writes them, syllable by syllable where
    the syllables are known ("saikhanovoo" and "sai·han·ao·bao" → "shnb")."""
    consonants = []
    for syllable in syllables:
        for pattern, written in _CONSONANTS:
            syllable = pattern.sub(written, syllable)
        consonants.append(syllable)
    return _DOUBLED.sub(r"\1", "".join(consonants))


@dataclass(frozen=True, slots=True)
class _Spelt:
    """A region's keys as written and as each pinyin reading, and as it sounds."""

    keys: tuple[str, ...]
    sounds: tuple[str, ...]
    latin: bool


@lru_cache(maxsize=1 << 14)
def _spelt(value: str) -> _Spelt:
    bare = _REGION_KIND.sub("", without_note(value))
    readings = list(
        itertools.islice(
            itertools.product(*pinyin(bare, style=Style.NORMAL, heteronym=True)), _READINGS
        )
    )
    written = key(bare)
    latin = written.isascii()
    sounds = [_sound((written,))] if latin else [_sound(reading) for reading in readings]
    return _Spelt(
        keys=tuple(dict.fromkeys([written, *(key("".join(reading)) for reading in readings)])),
        sounds=tuple(dict.fromkeys(s for s in sounds if len(s) >= _SOUNDS_AT_LEAST)),
        latin=latin,
    )


def term_keys(facet: Facet, value: str) -> tuple[str, ...]:
    """What spellings of one entry share (``sections.key``), most exact first; a region
    without its kind, as written and as each pinyin reading, so characters and their
    romanisation meet, and as it sounds."""
    return _keys(facet, value, looking_up=False)


def lookup_keys(facet: Facet, value: str) -> tuple[str, ...]:
    """The keys an entry ``value`` stands for may have, most exact first: its own, then by
    sound those of romanisations, and, for a romanisation, of names in characters too."""
    return _keys(facet, value, looking_up=True)


@lru_cache(maxsize=1 << 15)  # the vocabularies are read again for every posting
def _keys(facet: Facet, value: str, *, looking_up: bool) -> tuple[str, ...]:
    if facet is not Facet.REGION:
        return (key(value),)
    spelt = _spelt(value)
    marks = _MARKS[looking_up, spelt.latin]
    return spelt.keys + tuple(mark + sound for mark in marks for sound in spelt.sounds)


@dataclass(frozen=True, slots=True)
class Terms:
    """One facet's entries: each spelling's key to its canonical value, and how each
    canonical value is shown in a suggestion."""

    facet: Facet
    canonical: Mapping[str, str]
    labels: Mapping[str, str]
    open: bool  # unknown values are kept as written

    def resolve(self, value: str) -> str | None:
        """The canonical value ``value`` stands for; itself when unknown in an open facet;
        ``WHOLE_COUNTY`` for a region that is all of it ("全县"); None when it is refused."""
        found = self.known(value)
        if found is None and self.facet is Facet.SECTOR:
            found = self._near_spelling(value)
        if found is None and self.facet is Facet.REGION and _WHOLE_COUNTY.fullmatch(value.strip()):
            found = WHOLE_COUNTY
        if found is not None:
            return found
        return value if self.open else None

    def _near_spelling(self, value: str) -> str | None:
        """A sector written as its code and name ("C 制造业", "制造业（C）"), as a contraction
        of one section's name ("交通运输仓储", "Information and software services"), or
        one letter or two away from a known spelling ("Manufacture"): the built-in list is
        closed, so a near miss is read as the section it misses rather than refused."""
        coded = _CODED.fullmatch(value.strip())
        if coded is not None:
            code = (coded.group(1) or coded.group(4)).upper()
            named = self.canonical.get(key(coded.group(2) or coded.group(3)))
            return code if named == code else None
        contracted = contraction_of(value)
        if contracted is not None:
            return contracted
        match = process.extractOne(
            key(value), list(self.canonical), scorer=fuzz.ratio, score_cutoff=_NEAR_SPELLING
        )
        return self.canonical[match[0]] if match is not None else None

    def known(self, value: str) -> str | None:
        """The canonical value of an entry this facet has, whether open or not."""
        return next(
            (self.canonical[k] for k in lookup_keys(self.facet, value) if k in self.canonical), None
        )

    def nearest(self, value: str, limit: int = SUGGESTIONS) -> list[str]:
        """The entries closest to ``value`` in spelling, as labels, best first."""
        if not self.canonical:
            return []
        matches = process.extract(
            key(value), list(self.canonical), scorer=fuzz.WRatio, limit=limit * 4
        )
        found = dict.fromkeys(self.canonical[match[0]] for match in matches if match[1] >= 40)
        return [self.labels[canonical] for canonical in list(found)[:limit]]

    def refusal(self, values: Iterable[str]) -> Message:
        """Why these values are refused, with what is accepted and the nearest entries."""
        unknown = list(values)
        shown = ", ".join(repr(value) for value in unknown)
        suggestions = list(dict.fromkeys(s for value in unknown for s in self.nearest(value)))
        name, accepted = _NAMES[self.facet], _ACCEPTED[self.facet]
        hint_en = f" Did you mean {' or '.join(suggestions)}?" if suggestions else ""
        hint_zh = f"是否指 {' 或 '.join(suggestions)}？" if suggestions else ""
        return Message(
            f"Unknown {name.en} {shown}: use {accepted.en}.{hint_en}",
            f"未知的{name.zh} {shown}：请使用{accepted.zh}。{hint_zh}",
        )


def _sector_label(code: str) -> str:
    section = BY_CODE[code]
    return f"{code} {section.name} ({section.name_en})"


@dataclass(frozen=True, slots=True)
class Entry:
    """A coordinator's entry of a region or topic: its name, optional code, synonyms."""

    name: str
    synonyms: tuple[str, ...] = ()
    code: str | None = None
    reviewed: bool = True

    def spellings(self) -> tuple[str, ...]:
        return (self.name, *((self.code,) if self.code else ()), *self.synonyms)


def _entries(facet: Facet, entries: Iterable[Entry], *, open: bool) -> Terms:
    canonical: dict[str, str] = {}
    labels: dict[str, str] = {}
    for entry in entries:
        labels[entry.name] = entry.name
        for spelling in entry.spellings():
            for spelling_key in term_keys(facet, spelling):
                canonical.setdefault(spelling_key, entry.name)
    return Terms(facet, canonical, labels, open=open)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The three facets as one snapshot, as a posting (``write``) or a filter (``filter``) reads them."""

    sectors: Terms
    regions: Terms  # for postings and audiences
    region_filter: Terms  # for filters: unreviewed regions still stored are found too
    topics: Terms
    topic_filter: Terms

    def facet(self, facet: Facet, *, filtering: bool = False) -> Terms:
        if facet is Facet.SECTOR:
            return self.sectors
        if facet is Facet.REGION:
            return self.region_filter if filtering else self.regions
        return self.topic_filter if filtering else self.topics


def vocabulary(
    sector_synonyms: Mapping[str, str], regions: Iterable[Entry], topics: Iterable[Entry]
) -> Vocabulary:
    """The snapshot of built-in sections plus the coordinator's synonyms, regions and topics.

    Once one region is reviewed, postings may name only reviewed regions; filters may
    also name the unreviewed ones that stored postings still carry.
    """
    canonical: dict[str, str] = {}
    for section in SECTIONS:
        for spelling in spellings(section):
            canonical.setdefault(key(spelling), section.code)
    for synonym, code in sector_synonyms.items():
        canonical.setdefault(key(synonym), code)
    sectors = Terms(
        Facet.SECTOR, canonical, {code: _sector_label(code) for code in BY_CODE}, open=False
    )
    regions, topics = list(regions), list(topics)
    reviewed = [region for region in regions if region.reviewed]
    return Vocabulary(
        sectors=sectors,
        regions=_entries(Facet.REGION, reviewed or regions, open=not reviewed),
        region_filter=_entries(Facet.REGION, regions, open=not reviewed),
        topics=_entries(Facet.TOPIC, topics, open=True),
        topic_filter=_entries(Facet.TOPIC, topics, open=False),
    )
