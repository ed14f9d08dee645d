"""Text normalisation shared by titles and places: width, case, numerals, scripts, tokens.

Departments type the same thing in many ways: full- or half-width characters
("２０２７"), traditional or simplified ones ("臺商會館"), Chinese or Arabic numerals
("三号楼", "3号楼"), Chinese, English or pinyin. These helpers bring such variants to one form, so that the modules that
compare titles and places only ever see folded text.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from functools import lru_cache
from pathlib import Path

import opencc
from pypinyin import Style, lazy_pinyin

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RUN = re.compile(f"[{CJK}]+")
CJK_CHAR = re.compile(f"[{CJK}]")
LATIN_WORD = re.compile(r"[a-z][a-z0-9']*|\d+")

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_CN_DIGITS |= {"六": 6, "七": 7, "八": 8, "九": 9}
CN_NUMERAL = "[零〇一二两三四五六七八九十百]+"
_ROMAN = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "v": 5,
    "vi": 6,
    "vii": 7,
    "viii": 8,
    "ix": 9,
    "x": 10,
}
_EN_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_EN_WORDS |= {"eight": 8, "nine": 9, "ten": 10, "first": 1, "second": 2, "third": 3}
_EN_WORDS |= {"fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}
EN_NUMERAL = r"(?:\d+|[ivx]{1,4}|" + "|".join(_EN_WORDS) + ")"

# Hashed token codes live on the supplementary planes, where no surrogate sits.
_PLANE_BASE = 0x10000
_PLANE_SIZE = 0x100000


def _simplified() -> dict[int, str]:
    """Traditional characters as simplified ones, one for one, from OpenCC's table; a
    character that is also simplified in some words stays itself ("乾元镇" is no 干元镇)."""
    table = Path(opencc.__file__).with_name("dictionary") / "TSCharacters.txt"
    found = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        traditional, _, candidates = line.partition("\t")
        simplified = candidates.split()
        if len(traditional) == 1 and simplified and traditional not in simplified:
            found[ord(traditional)] = simplified[0]
    return found


_SIMPLIFIED = _simplified()


def fold(text: str) -> str:
    """NFKC (full-width to half-width), simplified characters (Taiwanese and Hong Kong
    associations write traditional ones: "臺商協會" is "台商协会"), case-folded, whitespace
    collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_SIMPLIFIED).casefold().split())


def number(numeral: str) -> int | None:
    """The value of an Arabic, Chinese (below 1000), Roman or English-word numeral."""
    numeral = numeral.strip()
    if numeral.isdigit():
        return int(numeral)
    if numeral in _ROMAN:
        return _ROMAN[numeral]
    if numeral in _EN_WORDS:
        return _EN_WORDS[numeral]
    if not numeral or any(c not in _CN_DIGITS and c not in "十百" for c in numeral):
        return None
    if "十" not in numeral and "百" not in numeral:  # digit by digit: 二〇二七, 三
        value = 0
        for char in numeral:
            value = value * 10 + _CN_DIGITS[char]
        return value
    total, current = 0, 0
    for char in numeral:
        if char in "十百":
            total += (current or 1) * (10 if char == "十" else 100)
            current = 0
        else:
            current = _CN_DIGITS[char]
    return total + current


def has_cjk(text: str) -> bool:
    return CJK_CHAR.search(text) is not None


@lru_cache(maxsize=1 << 16)
def code(token: str) -> int:
    """One stable integer per token, so token sets are sets of small ints."""
    return _PLANE_BASE + zlib.crc32(token.encode()) % _PLANE_SIZE


@lru_cache(maxsize=1 << 14)
def romanised(text: str) -> str:
    """The pinyin of the CJK characters in ``text``, one syllable string ("沭阳" → "shuyang")."""
    return "".join(lazy_pinyin(text, style=Style.NORMAL, errors="ignore"))


def bigrams(run: str) -> list[str]:
    """Character bigrams of a CJK run (a one-character run is itself)."""
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def stem(word: str) -> str:
    """Plural to singular, enough to equate "companies"/"company", "rules"/"rule"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


_SYLLABLE_TEXT = (  # every pinyin syllable, as pypinyin writes them without tones
    "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai "
    "can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua "
    "chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de "
    "den deng di dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan "
    "fang fei fen feng fiao fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua "
    "guai guan guang gui gun guo ha hai han hang hao he hei hen heng hm hong hou hu hua huai "
    "huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka "
    "kai kan kang kao ke ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang "
    "lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv "
    "lve m ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu n na "
    "nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan "
    "nun nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu "
    "qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng "
    "ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang "
    "shao she shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su "
    "suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui "
    "tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu "
    "xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan "
    "zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhen zheng zhi zhong zhou zhu zhua "
    "zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo"
)
_SYLLABLES = frozenset(_SYLLABLE_TEXT.split())


@lru_cache(maxsize=4096)
def pinyin_like(word: str) -> bool:
    """Whether a word splits into two or more pinyin syllables ("xiaoshan", "jiuxian")."""
    syllables = _SYLLABLES
    reach = [0] + [-1] * len(word)  # reach[i]: syllables in the best split of word[:i]
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 6), end):
            if reach[start] >= 0 and word[start:end] in syllables:
                reach[end] = max(reach[end], reach[start] + 1)
    return reach[-1] >= 2
