"""What a title says: its subject, its qualifiers, and a clean form to show.

Departments decorate titles ("【区人社局】", "市监局：", "关于举办…的通知",
"２０２７年度", "（名额有限）", "[Registration Open]") and name one subject in
their own words. Three things are read out of a title:

- **qualifiers** tell look-alike sessions apart and never change between
  postings of one session when both write them: a series number ("第2期",
  "第二期", "Session 2", "Part II"), a class ("一班", "A班", "Class 2"), a half
  day ("上午场", "morning session"), a language class ("英文班"), and a special
  audience or place ("石湾镇专场", "新市镇站", "制造业企业专场", "（3月9日·长宁镇）").
- the **subject**: the words left once decorations, qualifiers, dates and the
  words naming a format ("培训会", "宣讲", "workshop") are gone, as tokens:
  Chinese character bigrams and characters, English words, long numbers
  ("9710" and "9810" are two customs procedures).
- a **display** form for the merged calendar: the title with decorations gone
  but qualifiers kept, so enterprises read "纳税人学堂第5期", not
  "【报名】２０２７年度纳税人学堂第５期".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache, partial

from services.matching.glossary import BROAD, concepts_in, without_names
from services.matching.text import (
    CJK,
    CJK_CHAR,
    CJK_RUN,
    CN_NUMERAL,
    EN_NUMERAL,
    LATIN_WORD,
    bigrams,
    code,
    fold,
    number,
    romanised,
    stem,
)
from services.matching.venue import without_county, zones_in
from services.vocabularies.sections import SECTIONS, spellings
from services.vocabularies.sections import key as sector_key
from services.vocabularies.terms import TOWN_KINDS, without_note

Qualifier = tuple[str, str]  # (kind, value): ("series", "2"), ("special", "place:shiwan"), …

# Brackets that hold a tag or a note rather than the subject.
_TAG = re.compile(r"【[^】]*】|\[[^\]]*\]|〖[^〗]*〗|「[^」]*」")
_PAREN = re.compile(r"[(（]([^()（）]*)[)）]")
_SPECIFIER = re.compile(f"[{CJK}]{{1,4}}")
# "关于举办…的通知", "市人社局关于组织开展…的通知": the subject is inside.
_WRAPPER = re.compile(
    f"^(?:[{CJK}]{{1,12}}?)?关于(?:举办|开展|召开|组织|举行|做好){{0,2}}(.+?)(?:的)?(?:报名)?"
    r"(?:通知|公告|邀请函|函)"
    r"((?:\s*[(（][^()（）]*[)）])*)$"
)
_NOTICE_TAIL = re.compile(r"(?:的)?(?:报名)?(?:通知|公告|邀请函|预告|温馨提示)$")
_EN_NOTICE = re.compile(
    r"\b(?:notice of|notice|reminder|announcement|invitation|save the date|rsvp|"
    r"registration (?:is )?(?:now )?open|register now)\b:?"
)
# A short lead before a colon or bar names the organiser or a programme, not the subject.
_LEAD = re.compile(r"^([^:：|｜]{1,16})\s*[:：|｜]\s*(?=\S.{3})")
# A lead before a dot is a programme or an area only when it names nothing narrower
# ("政策直达·…", "稳就业·…"); otherwise it may be the subject ("青峪毛尖·春茶加工").
_DOT_LEAD = re.compile(r"^([^·]{1,16})·\s*(?=\S.{3})")
_DASH_TAIL = re.compile(r"\s*(?:——|--|—|──)\s*([^—]*)$")
# A programme a session belongs to, named beside its subject: "外贸稳增长专项行动——…",
# "…——企业服务月系列活动", "纳税人学堂——…", "“政企面对面”——…", "…——送技下乡".
_PROGRAMME = re.compile(r"(?:行动|系列活动|学堂|课堂|下乡|面对面)\W*$|^\W*“[^”]*”\W*$")
_SUBJECT_CHARACTERS = 3  # a side with fewer, format words left out, names no subject ("惠企")
_YEAR = re.compile(
    r"(?<!\d)(?:19|20)\d{2}(?!\d)\s*(?:年度|年版|版|年)?(?:\s*第?[一二三四1-4]\s*季度|\s*q[1-4])?"
)
_QUARTER = re.compile(r"第?[一二三四1-4]季度|\bq[1-4]\b")
# A time of day ("4月2日14:30…直播间见"): when, not what; and its colon is no lead's
_CLOCK = re.compile(r"(?<![\d:：])\d{1,2}\s*[:：]\s*\d{2}(?![\d:：])")
_DATE = re.compile(
    r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{1,2}[./]\d{1,2}(?![\d])|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
)
# Notes in brackets that say nothing of the subject.
_NOTES = re.compile(
    r"^(?:名额有限|限额|公益|免费|免费参加|必训|必修|报名中|火热报名中|报名|可报名|线上|线下|"
    r"线上线下|直播|同步直播|附报名方式|含线上|第\d+轮|registration open|free|online)$"
)
# What attendees are asked, in brackets: "请准时参加", "欢迎会员企业踊跃报名" (no subject; a
# 申请 or 提请 is no request to them).
_ASKS = re.compile(r"(?<![申提])请|欢迎|务必|参加|报名|名额|优先|先到先得|报满")

_SERIES_UNITS = "期场批次轮讲课届"
_SERIES = (
    re.compile(f"第\\s*({CN_NUMERAL}|\\d+)\\s*(?:[{_SERIES_UNITS}])"),
    # "…培训班6期", "（5期）": a number of a session without its 第, where no word follows
    # (not "产业园1期厂房")
    re.compile(f"(?<![\\d第])(\\d{{1,3}})\\s*期(?![{CJK}\\d])"),
    re.compile(
        r"\b(?:session|part|round|batch|phase|cohort|lecture|module|episode|issue|no\.?|#)\s*"
        f"({EN_NUMERAL})\\b"
    ),
    re.compile(
        r"\b(\d+|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)(?:st|nd|rd|th)?\s+"
        r"(?:session|round|batch|phase|cohort|edition)\b"
    ),
)
_CLASS = (
    re.compile(f"(?:第)?({CN_NUMERAL}|\\d+)\\s*班(?!子|车|组)|(?<![a-z])([a-f])\\s*班"),
    re.compile(r"\bclass\s+(\d+|[a-d]|[ivx]{1,4})\b"),
    re.compile(r"(?:제\s*)?(\d+)\s*반(?![\uac00-\ud7a3])"),  # Korean: "1반" is "一班"
)
_HALF = (
    (re.compile(r"上午(?:场|班)?|morning(?:\s+session)?|\bam\s+session"), "am"),
    (re.compile(r"下午(?:场|班)?|afternoon(?:\s+session)?|\bpm\s+session"), "pm"),
    (re.compile(r"晚上场|晚场|evening(?:\s+session)?"), "evening"),
)
# The level of a class ("初级班", "提高班", "（中级）", "初级电工", "advanced class"): two
# levels of one course are two sessions
_LEVEL = re.compile(
    r"(初级|入门|基础|中级|提高|进阶|高级)班|[(（]\s*(初级|中级|高级)\s*[)）]|"
    f"(初级|中级|高级)(?=[{CJK}]?工(?![作程业会]))|"
    r"\b(beginners?|elementary|basic|intermediate|advanced)\s+(?:class|level|course)\b"
)
_LEVELS = {
    "初级": "1", "入门": "1", "基础": "1", "beginner": "1", "beginners": "1", "elementary": "1",
    "basic": "1", "中级": "2", "提高": "2", "进阶": "2", "intermediate": "2", "高级": "3",
    "advanced": "3",
}  # fmt: skip
# The language a class is taught in ("英文班", "朝鲜语授课", "조선어반"): two classes of one
# course in two languages are two sessions.
_LANGUAGE = (
    (re.compile(r"(?:英文|英语)(?:专?[班场]|授课)|english\s+(?:class|session|track)"), "en"),
    (
        re.compile(
            r"(?:中文|汉语)(?:专?[班场]|授课)|chinese\s+(?:class|session|track)|"
            r"(?:한어|중국어)\s*(?:반|강의)"
        ),
        "zh",
    ),
    (
        re.compile(
            r"(?:朝鲜|韩国?)[语文](?:专?[班场]|授课)|korean\s+(?:class|session|track)|"
            r"(?:조선어|한국어)\s*(?:반|강의)"
        ),
        "ko",
    ),
    (re.compile(r"(?:蒙古?)[语文](?:专?[班场]|授课)|mongolian\s+(?:class|session|track)"), "mn"),
    (re.compile(r"(?:维吾尔|维)[语文](?:专?[班场]|授课)|uyghur\s+(?:class|session|track)"), "ug"),
    (re.compile(r"藏[语文](?:专?[班场]|授课)|tibetan\s+(?:class|session|track)"), "bo"),
)
# An ethnic township's peoples ("大坪仡佬族乡", "红岩苗族布依族乡"): the township is "大坪"
# as well. The 55 recognised minorities, longest first so that 土家 is not read as 土.
_PEOPLES = (
    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克",
    "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌",
    "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安",
    "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
)  # fmt: skip
_ETHNIC = f"(?:(?:{'|'.join(sorted(_PEOPLES, key=len, reverse=True))})族)+(?:自治)?"
# Stations that are not places: 服务站, 工作站, 加油站, 网站, 驿站 …
_NOT_PLACE_PAIRS = (
    "服务|工作|加油|充电|换电|监测|检测|观测|中转|回收|收购|联络|指导|咨询|宣传|管理|保障|救助|供应"
)
_NOT_PLACE_ENDINGS = "网驿基车泵水电气"
_NOT_PLACES_EN = (
    r"(?:online|offline|live|hybrid|special|q&a|qa|morning|afternoon|evening|info|information|"
    r"training|english|chinese|plenary|breakout|opening|closing|main|parallel|final|first|last)\b"
)
# Special sessions, and whether the pattern names a place (a town's 站, "Binjiang edition");
# a 专场 names a place when its name says so (石湾镇专场), else a sector or some other audience.
_SPECIAL: tuple[tuple[re.Pattern[str], bool], ...] = (
    (re.compile(f"([{CJK}][{CJK}\\s]{{0,15}}?)\\s*(?:专题场|专场|分场)"), False),
    (re.compile(f"([{CJK}]{{1,4}}(?:{_ETHNIC})?(?:镇|街道|乡))\\s*站(?![{CJK}])"), True),
    # A place name and 站 closing the title or a bracket ("…宣讲蓬港站", "·锦城站").
    (
        re.compile(
            f"([{CJK}]{{2}})(?<!{_NOT_PLACE_PAIRS})(?<![{_NOT_PLACE_ENDINGS}])站(?![{CJK}])"
        ),
        True,
    ),
    (
        re.compile(
            r"\bfor\s+((?:[a-z&'-]+\s+){0,3}?[a-z&'-]+?)\s+(?:companies|company|firms|enterprises|businesses)\b"
        ),
        False,
    ),
    (re.compile(r"\b([a-z'-]+(?:\s+[a-z'-]+)?)\s+(?:edition|special session|stop)\b"), True),
    (re.compile(rf"[(\[]\s*((?!{_NOT_PLACES_EN})[a-z'-]+)\s+session\s*[)\]]"), True),
)
_TOWN = re.compile(
    f"(?:^|[·・,，、（(\\s—–－-]|走进|走入|进)([{CJK}]{{2,4}}?)(?:镇|街道|乡)(?![{CJK}])"
)
_PLACE_AFFIX = re.compile(
    r"(?:镇|街道|乡|区|县|\btown|\bstreet|\bdistrict|\bcounty)(?:企业|行业|\s*(?:companies|firms))?$"
)
_SPECIAL_AFFIXES = re.compile(
    rf"(?:{_ETHNIC})?(?:企业|行业|地区|片区|新区|区|县|{TOWN_KINDS}|\s*town|\s*township|"
    r"\s*street|\s*subdistrict|\s*district|\s*county|\s*village|\s+(?:zhen|xiang|sumu?|gachaa?))+$"
)

# Words naming a format or a generic purpose rather than the subject: departments swap
# them freely ("培训会"/"辅导", "workshop"/"training") and the kind field says it anyway.
_FORMAT_WORDS = re.compile(
    r"培训班|培训会|培训课|培训|实训班|实训|宣讲会|宣讲活动|宣讲|宣传活动|宣传周|宣传月|宣传|答疑会|问答会|答疑|问答|"
    r"解读会|解读|说明会|辅导会|辅导|讲座|专题会|专题|座谈会|交流会|研讨会|推介会|分享会|对接会|"
    r"沙龙|论坛|会议|活动|业务|实务|实操|操作|指导|指引|政策|进企业|进园区|走进|走入|送政策上门|上门|"
    r"大讲堂|讲堂|课堂|公开课|系列|专项行动|行动|工作|有关|相关|事项|要点|知识|"
    # an explainer's plain framing: "一文讲透…", "…那些事儿", "…咋申请？"
    r"一[文图次](?:读懂|看懂|讲透|讲清|说清|搞懂|了解)|那些事儿?|(?:咋|怎么|如何)(?:申请|申报|办理|领取)|"
    r"\b(?:training|trainings|workshop|session|briefing|seminar|webinar|clinic|meeting|lecture|"
    r"forum|class|course|event|outreach|information|info|talk|q&a|qa|policy|policies|guide|"
    r"guidance|explained|explainer|introduction|interpretation|practical|practice|overview|"
    r"update|updates|day|program|programme|series|special)\b"
)
_EN_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "for",
        "and",
        "to",
        "on",
        "in",
        "at",
        "by",
        "with",
        "about",
        "via",
        "from",
        "our",
        "your",
        "new",
        "how",
        "what",
    ]
)
_CJK_STOPCHARS = str.maketrans(dict.fromkeys("的和与及之等暨"))
_LONG_NUMBER = re.compile(r"(?<![\d.])\d{3,}(?![\d.])")
_SPACES = re.compile(r"\s+")
_SPACE_IN_CHINESE = re.compile(f"(?<=[{CJK}])\\s+(?=[{CJK}（])")


@dataclass(frozen=True, slots=True)
class TitleFeatures:
    """What one title says, ready to compare."""

    display: str  # the title without decorations, qualifiers kept
    subject: str  # folded subject text, for recognising a title posted again
    bigrams: frozenset[int]  # CJK character bigrams of the subject
    characters: frozenset[int]  # CJK characters of the subject
    words: frozenset[int]  # English words and long numbers of the subject
    qualifiers: frozenset[Qualifier]
    formats: frozenset[str]  # the format words ("宣讲会", "答疑", "workshop"): how it is held
    concepts: frozenset[str]  # policy subjects the glossary recognises, in either language

    @property
    def chinese(self) -> bool:
        return bool(self.characters)

    @property
    def english(self) -> bool:
        return bool(self.words) and not self.characters


def _qualifier_name(raw: str, *, place: bool) -> str:
    """A special audience as one value: a sector as its GB/T 4754 section ("制造业专场" and
    "for manufacturing companies" are "sector:C"); a place by its pinyin, in either script
    ("城西镇专场", "城西站" and "Chengxi edition" are "place:chengxi"); any other audience in
    its script ("zh:…" as pinyin, "en:…"), for a name cannot be told from a sector's."""
    name = _bare_name(raw)
    if not name:
        return ""
    chinese = bool(CJK_RUN.search(name))
    script = "zh" if chinese else "en"
    section = _sector(name)
    if section is not None:
        return f"sector-{script}:{section}"
    spelled = romanised(name) if chinese else _NOT_LETTER.sub("", name)
    if place:
        return f"place:{spelled}"
    return f"{script}:{spelled}"


def _sector(name: str) -> str | None:
    """The section a name stands for: a spelling of it, or the characters of its Chinese
    name in other order ("餐饮住宿" is 住宿和餐饮业)."""
    found = _SECTORS.get(sector_key(name))
    if found is not None or len(name) < 2 or not CJK_RUN.fullmatch(name):
        return found
    within = {s.code for s in SECTIONS if set(name) <= set(s.name)}
    return within.pop() if len(within) == 1 else None


_SECTORS = {sector_key(spelling): s.code for s in SECTIONS for spelling in spellings(s)}
# The classification's enumerated names ("…·电力、热力、燃气及水生产和供应业专场") say who
# a session is for, not what it explains: read for policies, 燃气 would make it gas safety.
_SECTION_NAMES = re.compile("|".join(re.escape(fold(s.name)) for s in SECTIONS if "、" in s.name))
_NOT_LETTER = re.compile(r"[^a-z0-9]")


def _bare_name(raw: str) -> str:
    bare = _SPECIAL_AFFIXES.sub("", fold(raw).strip(" ·・-—,，（）()")).strip()
    return _HOW_HELD.sub("", bare) or bare


_HOW_HELD = re.compile(
    r"^(?:现场|线上|线下|网络|在线)"
)  # "现场建筑专场" is the 建筑 one, held on site


def place_key(region: str) -> str:
    """A region as one key in either script: "东塘街道", "东塘" and "Dongtang Street" are one;
    a county's zones by their kind ("沭阳经开区", "经济技术开发区" and "Shuyang ETDZ"). A note
    in brackets ("红崖镇（原寨子湾乡）": its old name) is no part of the name."""
    region = without_note(region)
    zones = zones_in(fold(region))
    if zones:
        return "zone:" + "+".join(sorted(zones))
    name = _bare_name(without_county(fold(region)))
    return romanised(name) if CJK_RUN.search(name) else _NOT_LETTER.sub("", name)


def _take(pattern: re.Pattern[str], text: str, found: list[str]) -> str:
    """Remove every match of ``pattern`` from ``text``, keeping its first non-empty group."""

    def keep(match: re.Match[str]) -> str:
        group = next((g for g in match.groups() if g), match.group(0))
        found.append(group)
        return " "

    return pattern.sub(keep, text)


def qualifiers_of(text: str) -> tuple[frozenset[Qualifier], str]:
    """The qualifiers of a folded title, and the title without them."""
    found: set[Qualifier] = set()
    text = _SECTION_NAMES.sub(lambda name: name.group(0).replace("、", ""), text)
    for pattern in _SERIES:
        values: list[str] = []
        text = _take(pattern, text, values)
        found.update(("series", str(number(v))) for v in values if number(v) is not None)
    for pattern in _CLASS:
        values = []
        text = _take(pattern, text, values)
        found.update(("class", _class_number(v)) for v in values)
    levels: list[str] = []
    text = _take(_LEVEL, text, levels)
    found.update(("level", _LEVELS[level]) for level in levels)
    for pattern, half in _HALF:
        if pattern.search(text):
            found.add(("half", half))
            text = pattern.sub(" ", text)
    for pattern, language in _LANGUAGE:
        if pattern.search(text):
            found.add(("language", language))
            text = pattern.sub(" ", text)
    for pattern, place in (*_SPECIAL, (_TOWN, True)):
        text = pattern.sub(partial(_special, found=found, place=place), text)
    return frozenset(found), text


def _class_number(value: str) -> str:
    """A class as a number: "二班", "2班", "B班" and "Class 2" are one class."""
    if len(value) == 1 and "a" <= value <= "f":
        return str(ord(value) - ord("a") + 1)
    return str(number(value) or value)


def _special(match: re.Match[str], found: set[Qualifier], *, place: bool) -> str:
    """Record a special audience; keep the words before it, which the pattern reached over
    ("…落实辅导周陂镇专场" names 周陂, and "…落实辅导" stays in the title)."""
    raw = next((group for group in match.groups() if group), "")
    pieces = [p for p in _FORMAT_WORDS.split(raw) if p.strip(" ·・-—,，（）()")]
    last = pieces[-1] if pieces else ""
    name = _qualifier_name(last, place=place or bool(_PLACE_AFFIX.search(fold(last).strip())))
    if name:
        found.add(("special", name))
    kept = raw[: raw.rfind(last)] if last else raw
    return f"{match.string[match.start() : match.start(1)]}{kept} " if match.lastindex else " "


def _strip_parentheses(text: str, keep_content: bool) -> str:
    """Bracketed notes go, a date and where it is held among them ("（3月3日·县商会大厦）":
    read for policies, the place would name one); other bracketed text stays (display) or
    goes (subject), except a short name that says which craft or grade ("黎族传统纺染织绣技艺
    （黎锦）", "茶艺师（五级）"): the subject keeps it, for a co-host may name the session by
    it alone ("跟阿婆学织黎锦")."""

    def replace(match: re.Match[str]) -> str:
        inner = match.group(1).strip()
        if _note(inner):
            return " "
        if keep_content or (_SPECIFIER.fullmatch(inner) and not _PLACE_AFFIX.search(inner)):
            return match.group(0)
        return " "

    return _PAREN.sub(replace, text)


def _note(inner: str) -> bool:
    """Whether bracketed text is a note ("名额有限", a date first), not what the title is about."""
    return not inner or bool(_NOTES.match(fold(inner)) or _DATE.match(fold(inner)))


def _undecorated(title: str) -> str:
    """Tags, wrappers, leads, notices, years and notes gone; qualifiers and words kept."""
    text = _CLOCK.sub("", _TAG.sub(_untagged, unicode_title(title)))
    wrapped = _WRAPPER.match(text.strip())
    if wrapped:
        text = wrapped.group(1) + wrapped.group(2)
    text = _NOTICE_TAIL.sub("", text.strip())
    while lead := next(filter(partial(_decorates, text.strip()), _leads(text.strip())), None):
        text = text.strip()[lead.end() :]  # "政策直达·送政策进嘎查：…": a lead may follow a lead
    text = _YEAR.sub(" ", _EN_NOTICE.sub(" ", text))
    text = _SPACES.sub(" ", _QUARTER.sub(" ", text)).strip(" :：|｜-—·")
    return _SPACE_IN_CHINESE.sub("", text)


def _leads(text: str) -> Iterator[re.Match[str]]:
    """The leads a title may have: before a bar or colon, or an area's before a dot."""
    yield from filter(None, (_LEAD.match(text), _umbrella_lead(text)))


def _decorates(text: str, lead: re.Match[str]) -> bool:
    """Whether the lead is a decoration: what follows it, towns, series and notes aside,
    is longer and names a subject (not "全县推介会", nor "培训班（3月29日·查干淖尔）"); the
    lead is no qualifier ("Session 2:") and no title in the other language."""
    rest = _strip_parentheses(qualifiers_of(fold(text[lead.end() :]))[1], keep_content=False)
    return (
        len(rest.strip()) > len(lead.group(1))
        and _named(rest) >= _SUBJECT_CHARACTERS
        and not qualifiers_of(fold(lead.group(1)))[0]
        and not _translated(lead.group(1), text[lead.end() :])
    )


def _umbrella_lead(text: str) -> re.Match[str] | None:
    """A lead before a dot that names only an area or a programme ("政策直达·", "春风行动·")."""
    lead = _DOT_LEAD.match(text)
    if lead is None:
        return None
    return lead if _PROGRAMME.search(lead.group(1)) or _only_areas(lead.group(1)) else None


def _only_areas(text: str) -> bool:
    """Whether a part of a title names policy areas and nothing beside ("安全生产培训班",
    "政策直达"), so that the subject is elsewhere."""
    areas = concepts_in(text)
    return (
        bool(areas)
        and not areas - BROAD
        and _named(without_names(text, areas)) < _SUBJECT_CHARACTERS
    )


def _dashed_subject(text: str) -> str:
    """The side of a dash that names the subject. Most often the head, the tail being a
    note (a town's or a programme's: "…——送技下乡"); the tail where the head names a
    programme or too little ("外贸稳增长专项行动——出口退税申报", "惠企政策宣讲——小规模纳税人
    增值税减免政策")."""
    dash = _DASH_TAIL.search(text)
    if dash is None:
        return text
    head, tail = text[: dash.start()], dash.group(1)
    if _PROGRAMME.search(tail) or _named(tail) < _SUBJECT_CHARACTERS:
        return head
    if _PROGRAMME.search(head) or _named(head) < _SUBJECT_CHARACTERS:
        return tail
    return head


def _translated(lead: str, rest: str) -> bool:
    """Whether what follows a bar is the title in English ("RCEP原产地规则推介会 | RCEP Rules
    of Origin Workshop", its bracketed note in Chinese or not: "…Briefing（第6期）"): the
    title is both sides, not the English alone."""
    return len(CJK_CHAR.findall(lead)) >= _SUBJECT_CHARACTERS and not CJK_CHAR.search(
        _PAREN.sub(" ", rest)
    )


def _named(text: str) -> int:
    """How many characters or words of its own a part of a title has, format words aside."""
    rest = _FORMAT_WORDS.sub(" ", text)
    return len(CJK_CHAR.findall(rest)) + len(LATIN_WORD.findall(CJK_RUN.sub(" ", rest)))


def _untagged(match: re.Match[str]) -> str:
    """A tag goes ("【区人社局】", "【报名】") unless it holds a qualifier ("【余杭分场】",
    "【第2期】"), which stays as a bracketed note."""
    inner = match.group(0)[1:-1].strip()
    return f" （{inner}） " if qualifiers_of(fold(inner))[0] else " "


def unicode_title(title: str) -> str:
    """The title with full-width letters and digits made half-width ("２０２７" → "2027"),
    punctuation and case as written (for display)."""
    return " ".join(title.translate(_FULL_WIDTH_ALPHANUMERICS).split())


_FULL_WIDTH_ALPHANUMERICS = str.maketrans(
    {
        chr(code): chr(code - 0xFEE0)
        for code in range(0xFF10, 0xFF5B)
        if chr(code - 0xFEE0).isalnum()
    }
)


def _tokens(subject: str) -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    runs = [run.translate(_CJK_STOPCHARS) for run in CJK_RUN.findall(subject)]
    pairs = frozenset(code(pair) for run in runs if run for pair in bigrams(run))
    characters = frozenset(code(char) for run in runs for char in run)
    latin = CJK_RUN.sub(" ", subject)
    numbers = {f"#{n}" for n in _LONG_NUMBER.findall(latin)}
    words = {
        stem(word)
        for word in LATIN_WORD.findall(_LONG_NUMBER.sub(" ", latin))
        if word not in _EN_STOPWORDS and not word.isdigit()
    }
    return pairs, characters, frozenset(code(token) for token in words | numbers)


def _bracketed_subject(text: str) -> str:
    """The title without its bracketed notes; but where what is left names only a policy
    area, the brackets name the subject: "安全生产培训班（煤矿重大隐患判定）" and "招商政策宣讲会
    （拿地即开工）" are about what the brackets say. An audience there names none ("营商环境
    优化宣讲会（面向中小企业）": nothing beside the area in either part)."""
    head = _strip_parentheses(text, keep_content=False)
    if not _only_areas(head):
        return head
    inside = [found.group(1).strip() for found in _PAREN.finditer(text)]
    return " ".join(filter(_names_a_subject, inside)) or head


def _names_a_subject(inner: str) -> bool:
    """Whether bracketed text names a subject: more than an area's name, and no note, request,
    date, place or series ("第2期")."""
    return (
        not (
            _note(inner)
            or _ASKS.search(inner)
            or _DATE.search(fold(inner))
            or _PLACE_AFFIX.search(inner)
            or qualifiers_of(inner)[0]
        )
        and _named(without_names(inner, concepts_in(inner) & BROAD)) >= _SUBJECT_CHARACTERS
    )


def _subject(text: str) -> tuple[frozenset[str], str]:
    """The format words of a title without its qualifiers, and what it is about."""
    subject = _dashed_subject(_DATE.sub(" ", _bracketed_subject(_undecorated(text))))
    formats = frozenset(_FORMAT_WORDS.findall(subject))
    return formats, _SPACES.sub(" ", _FORMAT_WORDS.sub(" ", subject)).strip(" ·・-—,，:：")


@lru_cache(maxsize=1 << 16)
def title_features(title: str) -> TitleFeatures:
    """Read a title once (cached: co-hosts copy titles, and series repeat them)."""
    folded = fold(_undecorated(title))
    qualifiers, rest = qualifiers_of(folded)
    formats, subject = _subject(rest)
    if not any(_tokens(subject)):
        # Nothing but the audience: "Policy Briefing for Overseas Chinese-invested
        # Enterprises" is about them, as 侨资企业政策说明会 is.
        formats, subject = _subject(folded)
    pairs, characters, words = _tokens(subject)
    display = _SPACES.sub(" ", _strip_parentheses(_undecorated(title), keep_content=True)).strip()
    return TitleFeatures(
        display=display or title.strip(),
        subject=subject,
        bigrams=pairs,
        characters=characters,
        words=words,
        qualifiers=qualifiers,
        formats=formats,
        concepts=concepts_in(_SECTION_NAMES.sub(" ", fold(display))),  # "臺商" is "台商"
    )
