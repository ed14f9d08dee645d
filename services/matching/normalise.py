"""Turn free-text titles into features that can be compared.

Departments write the same session in different ways: full- or half-width
characters, Chinese or English or both, with or without the year, a
"【报名】"/"Reminder:" tag, "培训会" or "培训班". The functions here strip
what carries no identity and keep, as separate fields, what tells two
look-alike sessions apart: the series number ("第3期", "Session 3") and the
district or sector a session is reserved for ("青浦专场", "for Qingpu
companies").

Titles become token sets (CJK character bigrams, English words) encoded as
sorted strings of one code point per token, so that rapidfuzz's Indel ratio
on two of them is exactly the Dice coefficient of the sets and
`rapidfuzz.process.cdist` can score whole blocks at C speed.
"""

import re
import unicodedata
import zlib
from dataclasses import dataclass
from functools import lru_cache

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RUN = re.compile(f"[{CJK}]+")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

# Tokens are hashed onto the supplementary planes (no surrogates there).
_PLANE_BASE = 0x10000
_PLANE_SIZE = 0x100000


def _numbered(*names: str) -> dict[str, int]:
    return {name: n for n, name in enumerate(names, 1)}


_CN_DIGITS = dict(
    zip("零〇一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True)
)
_ROMAN = _numbered("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
_EN_NUMBERS = _numbered("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_EN_NUMBERS |= _numbered("first", "second", "third", "fourth", "fifth", "sixth", "seventh")

_CN_NUM = "[0-9零〇一二两三四五六七八九十]+"
_EN_NUM = r"(?:\d+|[ivx]{1,4}|" + "|".join(_EN_NUMBERS) + ")"


@dataclass(frozen=True, slots=True)
class _Marker:
    """A pattern whose first group is kept and whose matches are cut out of the title.

    `needles` are literals the pattern cannot match without (empty: always
    scan). Most titles contain none of them, and a few `in` tests cost a
    fraction of a scan by a pattern that starts with a word boundary or a
    character class.
    """

    pattern: re.Pattern[str]
    needles: tuple[str, ...] = ()


_ORDINAL_UNITS = ("session", "round", "batch", "phase", "cohort", "class", "edition")
_SERIES = (
    _Marker(re.compile(f"第\\s*({_CN_NUM})\\s*[期场批次轮讲课届站]")),
    _Marker(re.compile("[(（]\\s*(\\d{1,2})\\s*[)）]")),
    _Marker(
        re.compile(
            r"\b(?:session|event|part|round|batch|phase|cohort|class|lecture|module|episode|issue"
            rf"|no\.?|#)\s*({_EN_NUM})\b"
        )
    ),
    _Marker(re.compile(r"#\s*(\d+)")),
    _Marker(
        re.compile(
            r"\b(\d+|" + "|".join(_EN_NUMBERS) + r")(?:st|nd|rd|th)?\s+"
            r"(?:" + "|".join(_ORDINAL_UNITS) + r")\b"
        ),
        _ORDINAL_UNITS,
    ),
)

_AUDIENCE_SUFFIXES = ("专题场", "专场", "分场", "站")
_AUDIENCE_NOUNS = ("edition", "special session", "track", "stop")
_QUALIFIERS = (
    _Marker(
        re.compile(f"([{CJK}]{{1,6}}?)(?:专题场|专场|分场|站(?![{CJK}]))"),
        _AUDIENCE_SUFFIXES,
    ),
    _Marker(
        re.compile(
            r"\bfor\s+((?:[a-z&'-]+\s+){0,3}?[a-z&'-]+?)\s+"
            r"(?:companies|company|firms|firm|enterprises|businesses|employers|sector)\b"
        ),
        ("for",),
    ),
    _Marker(
        re.compile(r"\b((?:[a-z'-]+\s+)?[a-z'-]+)\s+(?:" + "|".join(_AUDIENCE_NOUNS) + r")\b"),
        _AUDIENCE_NOUNS,
    ),
)
_QUALIFIER_AFFIXES = re.compile(
    r"(?:新区|区|县|镇|街道|企业|行业|地区|片区|\s*district|\s*new area|\s*area|\s*county|\s*town)+$"
)

# (literal, pattern, replacement): each pattern can only match where its literal
# occurs, and most titles contain none of them, so a substring test skips the scan.
_SYNONYMS = (
    ("中小微", re.compile(r"中小微"), "中小"),
    (
        "small",
        re.compile(
            r"\bsmall(?:\s+and\s+|\s*&\s*|-)medium(?:[\s-]+sized)?\s+"
            r"(?:enterprises|businesses|companies|firms)\b"
        ),
        "smes",
    ),
    ("sme", re.compile(r"\bsmes?\b"), "smes"),
    ("e-", re.compile(r"\be-"), "e"),
)

_YEARS = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)\s*(?:年度|年)?")
_TAGS = re.compile(r"【[^】]*】|\[[^\]]*\]")
_NOISE = re.compile(
    r"关于举办|关于开展|关于召开|关于|举办|开展|召开|的通知|报名通知|通知|报名|邀请函|公告|预告|温馨提示|"
    r"\b(?:notice(?: of)?|reminder|registration (?:is )?(?:now )?open|register now|invitation|"
    r"announcement|save the date|rsvp)\b"
)
# Words naming the format rather than the subject: departments swap them freely
# ("培训会"/"培训班", "workshop"/"training") and the kind field already says it.
_EVENT_WORDS = re.compile(
    r"培训班|培训会|培训课|培训|宣讲会|宣讲活动|宣讲|答疑会|问答会|答疑|问答|解读会|说明会|辅导会|辅导|讲座|"
    r"专题会|专题|"
    r"座谈会|交流会|研讨会|推介会|分享会|沙龙|论坛|会议|活动|"
    r"\b(?:training|trainings|workshop|session|briefing|seminar|webinar|clinic|meeting|lecture|"
    r"forum|class|course|event|outreach|information|info|talk|q&a|qa)\b"
)
_EN_STOPWORDS = frozenset(("a", "an", "the", "of", "for", "and", "to", "on", "in", "at", "by"))
_EN_STOPWORDS |= frozenset(("with", "about", "via", "from", "our", "your", "new"))
_CJK_STOPCHARS = str.maketrans(dict.fromkeys("的和与及之"))  # deleted before making bigrams


def fold(text: str) -> str:
    """NFKC (full-width to half-width), case-fold and collapse whitespace."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _to_int(numeral: str) -> int:
    """Read an Arabic, Chinese (up to 99), Roman or English-word numeral."""
    if numeral.isdigit():
        return int(numeral)
    if numeral in _ROMAN:
        return _ROMAN[numeral]
    if numeral in _EN_NUMBERS:
        return _EN_NUMBERS[numeral]
    tens, _, units = numeral.rpartition("十")
    if "十" not in numeral:
        return _CN_DIGITS.get(numeral, 0)
    return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + _CN_DIGITS.get(units, 0)


def _extract(markers: tuple[_Marker, ...], text: str) -> tuple[list[str], str]:
    """Return every first group the markers match and the text with the matches removed.

    One `sub` pass per pattern both collects and removes: scanning once with
    `finditer` and again with `sub` doubled the cost of the most expensive step.
    """
    found: list[str] = []

    def remove(match: re.Match[str]) -> str:
        found.append(match.group(1))
        return " "

    for marker in markers:
        if not marker.needles or any(needle in text for needle in marker.needles):
            text = marker.pattern.sub(remove, text)
    return found, text


def _qualifier(raw: str) -> str:
    """ "钱塘区企业" and "钱塘" name one audience: drop administrative suffixes."""
    return _QUALIFIER_AFFIXES.sub("", raw.strip()).strip()


def encode(points: set[int]) -> str:
    """Token code points (see `code_point`) sorted into a string, so Indel ratio equals Dice."""
    return "".join(map(chr, sorted(points)))


@lru_cache(maxsize=1 << 16)
def code_point(token: str) -> int:
    """One stable code point per token (cached: a small vocabulary of words recurs)."""
    return _PLANE_BASE + zlib.crc32(token.encode()) % _PLANE_SIZE


def cjk_points(text: str) -> set[int]:
    """Code points of the character bigrams of each CJK run: Chinese has no spaces to split on."""
    points: set[int] = set()
    for run in CJK_RUN.findall(text):
        points |= _run_points(run)
    return points


@lru_cache(maxsize=1 << 16)
def _run_points(run: str) -> frozenset[int]:
    """The bigram code points of one CJK run, stop characters dropped (cached: runs recur)."""
    run = run.translate(_CJK_STOPCHARS)
    if len(run) == 1:
        return frozenset((code_point(run),))
    return frozenset(code_point(run[i : i + 2]) for i in range(len(run) - 1))


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """Plural to singular, enough to equate "companies"/"company", "rules"/"rule" (cached)."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """Latin-script words, lightly stemmed, without stop words."""
    return [_stem(w) for w in _WORD.findall(text) if w not in _EN_STOPWORDS]


@dataclass(frozen=True, slots=True)
class TitleFeatures:
    """What a title says about identity, split into comparable parts."""

    text: str  # normalised title, for recognising identical re-posts
    zh: str  # encoded CJK bigrams (plus stray Latin words of a Chinese-only title)
    en: str  # encoded English words, when the title has an English rendition
    series: frozenset[int]
    qualifiers: frozenset[str]


@lru_cache(maxsize=1 << 16)
def title_features(title: str) -> TitleFeatures:
    """Normalise a title; see the module docstring for what is kept (cached: co-hosts copy)."""
    text = fold(title)
    for literal, pattern, replacement in _SYNONYMS:
        if literal in text:
            text = pattern.sub(replacement, text)
    series, text = _extract(_SERIES, text)
    qualifiers, text = _extract(_QUALIFIERS, text)
    text = _NOISE.sub(" ", _YEARS.sub(" ", _TAGS.sub(" ", text)))
    text, zh, en = _wording(" ".join(text.split()))
    return TitleFeatures(
        text=text,
        zh=zh,
        en=en,
        series=frozenset(map(_to_int, series)),
        qualifiers=frozenset(filter(None, map(_qualifier, qualifiers))),
    )


@lru_cache(maxsize=1 << 16)
def _wording(text: str) -> tuple[str, str, str]:
    """The `text`, `zh` and `en` features of a title stripped of tags, years, series and so on.

    Cached: two thirds of the titles of a batch differ from another only in what
    was stripped. Nothing here looks at whitespace, so the caller collapses the
    spaces that stripping leaves, for more hits.
    """
    subject = _EVENT_WORDS.sub(" ", text)
    subject_words = {code_point(word) for word in words(subject)}
    text_words = words(text)
    cjk = cjk_points(subject)
    english = len(text_words) >= 3 or not cjk  # a rendition, not an acronym in Chinese
    return (
        " ".join(CJK_RUN.findall(text) + text_words),
        encode(cjk if english else cjk | subject_words),
        encode(subject_words) if english else "",
    )
