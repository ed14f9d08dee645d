"""When are two titles "similar"? Weighted Dice on the subjects matching reads, with blocking.

Tokens are those of `services.matching.titles.title_features`: CJK
character bigrams and characters and English words of the title's subject,
with tags, years, dates, series numbers, special audiences and towns, and
format words ("培训会", "workshop") already removed. A series ("第1期",
"第2期") therefore has identical tokens.

Plain Dice counts a leftover wrapper word ("政策", "policy", "解读") as much
as the policy's own name, so two different policies of one family
("增值税留抵退税政策解读" / "增值税发票管理政策解读") look alike. Each token
is weighted by its rarity among the titles being compared, idf =
ln(1 + N / df): wrappers that recur everywhere weigh little, a policy's
name weighs much. With two titles every token weighs the same and this is
plain Dice. Scripts are compared separately (a Chinese and an English title
share no token) and the better one counts.

An English title and a Chinese one share no token, so they are read against each other
word by word instead (``services.matching.translation``): half the English title's
words, two at least, found among the Chinese one's meanings, and half the Chinese
words meaning one of them, make one subject in two languages ("Green Power Trading
Briefing" / "绿色电力交易宣讲会").

A lead that several titles share before a bar, colon or dot, each time before another
subject, is a programme's slogan ("法治护航 海岛同行｜借钱不打欠条吃亏"): those titles are read without it.

Blocking is exact prefix filtering: with tokens ranked rarest first, a pair
reaching `SIMILAR_TITLES` must share a token among the rarest tokens of each
title whose weight covers all but `t / (2 - t)` of that title's weight, so
only those tokens are indexed and frequent wrappers never make candidates.
"""

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence

from services.matching.text import code
from services.matching.titles import TitleFeatures, title_features
from services.matching.translation import english_stems, meanings, translates_both_ways

# Where neither title names a subject the glossary knows. Chosen on the two labelled months
# of `bench/overlaps_month.py` (three seeds each, through the service): 0.35 keeps REDUNDANT
# precision at or above 0.97 and finds rewordings of local subjects the glossary cannot
# know ("名优绿茶清洁化加工技术" / "清洁化加工"); 0.4 missed one in seventy more.
SIMILAR_TITLES = 0.35
# A token in this share of the titles, and in this many at least, is a template's
# ("那些事儿", "一文讲透", "咋申请"), however rare it is elsewhere: it weighs nothing.
GENERIC_SHARE = 0.05
GENERIC_TITLES = 10
_ROUNDING = 1e-9

Token = tuple[str, int]  # (script, code point)


def _tokens(title: str) -> dict[str, frozenset[int]]:
    """Token codes per script of the title's subject; a title with none is its subject text.

    The subject is what matching reads (``services.matching.titles``): decorations,
    dates, towns and other qualifiers, and words that name a format ("培训会",
    "宣讲会", "政策") are gone, so "养老保险宣讲会（3月9日·长宁镇）" and
    "个税政策宣讲会（3月9日·长宁镇）" share nothing. Chinese keeps its characters
    beside its bigrams: abbreviations drop characters ("碳排放权交易" / "碳交易") and
    keep few bigrams but most characters.
    """
    features = title_features(title)
    scripts: dict[str, frozenset[int]] = {}
    if features.characters:
        scripts["zh"] = features.bigrams | features.characters
    if features.words:
        scripts["en"] = features.words
    if not scripts and features.subject:
        scripts["text"] = frozenset((code(features.subject),))
    return scripts


class TitleIndex:
    """Tokens and rarity weights of a fixed list of titles, addressed by position."""

    def __init__(self, titles: Sequence[str]) -> None:
        titles = _without_shared_leads(titles)
        self._features = [title_features(title) for title in titles]
        self._tokens = [_tokens(title) for title in titles]
        counts = Counter(
            (script, point)
            for scripts in self._tokens
            for script, points in scripts.items()
            for point in points
        )
        size = len(titles)
        generic = max(GENERIC_TITLES, GENERIC_SHARE * size)
        self._weight = {
            token: 0.0 if count >= generic else math.log1p(size / count)
            for token, count in counts.items()
        }
        self._mass = [
            {script: self._sum(script, points) for script, points in scripts.items()}
            for scripts in self._tokens
        ]

    def _sum(self, script: str, points: frozenset[int]) -> float:
        return math.fsum(self._weight[script, point] for point in points)

    def similarity(self, i: int, j: int) -> float:
        """The best weighted Dice over the scripts both titles use (0 when none)."""
        left, right = self._tokens[i], self._tokens[j]
        return max(
            (
                2
                * self._sum(script, left[script] & right[script])
                / (self._mass[i][script] + self._mass[j][script])
                for script in left.keys() & right.keys()
                if self._mass[i][script] + self._mass[j][script] > 0  # not template words only
            ),
            default=0.0,
        )

    def translated(self, i: int, j: int) -> bool:
        """Whether one title is in English and says what the other, in Chinese, says."""
        a, b = self._features[i], self._features[j]
        if a.english and _chinese_only(b):
            return translates_both_ways(b.subject, a.subject)
        return b.english and _chinese_only(a) and translates_both_ways(a.subject, b.subject)

    def translations(self) -> Iterator[tuple[int, int]]:
        """Every pair that may be one subject in two languages, earlier position first: an
        English title meets the Chinese ones meaning two of its words at least. A month
        without an English title reads no dictionary."""
        english = {
            position: english_stems(features.subject)
            for position, features in enumerate(self._features)
            if features.english
        }
        asked = frozenset().union(*english.values())
        meaning: defaultdict[str, list[int]] = defaultdict(list)
        for position, features in enumerate(self._features):
            if asked and _chinese_only(features):
                for word in meanings(features.subject) & asked:
                    meaning[word].append(position)
        for i, stems in english.items():
            hits = Counter(j for word in stems for j in meaning[word])
            yield from ((min(i, j), max(i, j)) for j, found in hits.items() if found >= 2)

    def blocking_tokens(self, i: int, threshold: float = SIMILAR_TITLES) -> list[Token]:
        """The prefix of title `i`'s tokens that any title similar to it must share.

        A pair with weighted Dice >= t shares at least t / (2 - t) of either
        title's weight, so a title indexed under its rarest tokens up to that
        remainder meets every similar title in some bucket (see module docstring).
        """
        found: list[Token] = []
        for script, points in self._tokens[i].items():
            tokens = sorted(((script, point) for point in points), key=self._rank)
            mass = self._mass[i][script]
            remaining = mass
            for token in tokens:
                if remaining < mass * threshold / (2 - threshold) - _ROUNDING:
                    break
                found.append(token)
                remaining -= self._weight[token]
        return found

    def _rank(self, token: Token) -> tuple[float, Token]:
        """Rarest first; ties broken by the token so that every title uses one order."""
        return -self._weight[token], token


# A lead, then a bar, dash, colon or dot, then the rest: "法治护航 海岛同行｜借钱不打欠条吃亏"
_LEAD = re.compile(r"^\s*([^|｜:：·—]{2,20}?)\s*(?:[|｜:：·]|——)\s*(\S.*)$")


def _without_shared_leads(titles: Sequence[str]) -> list[str]:
    """The titles less a lead that several of them share before rests having nothing in
    common: a programme's slogan ("法治护航 海岛同行｜借钱不打欠条吃亏", "…｜新渔业法讲了啥？";
    "Invest Ulaan Tal | …") names no subject, however long it is beside the rest. Rests
    alike are the programme ("买微耕机能便宜多少？——Aqlo田间课堂", "…——全县田间课堂"), and a
    lead naming a policy the glossary knows is the subject ("GEC登记那些事儿·进企业宣讲")."""
    split = [_LEAD.match(title) for title in titles]
    rests: defaultdict[str, set[str]] = defaultdict(set)
    for found in split:
        if found is not None:
            rests[found.group(1).strip()].add(found.group(2).strip())
    slogans = {lead for lead, following in rests.items() if _slogan(lead, following)}
    return [
        found.group(2) if found is not None and found.group(1).strip() in slogans else title
        for title, found in zip(titles, split, strict=True)
    ]


def _slogan(lead: str, rests: set[str]) -> bool:
    if len(rests) < 2 or title_features(lead).concepts:
        return False
    tokens = [title_features(rest) for rest in rests]
    if any(len(own.characters) < 4 and len(own.words) < 2 for own in tokens):
        return False  # a rest naming no subject of its own ("进企业宣讲", "长宁镇专场")
    counts = Counter(token for own in tokens for token in own.bigrams | own.words)
    return all(2 * count <= len(rests) for count in counts.values())


def _chinese_only(features: TitleFeatures) -> bool:
    return features.chinese and not features.words
