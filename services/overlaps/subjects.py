"""Do two sessions explain the same policy? What REDUNDANT rests on, read as matching reads it.

Titles say it best: the glossary's policy subjects (``services.matching.glossary``) in
either language, so "出口退税申报辅导" and "Export tax rebate filing workshop" meet, and
two titles naming different subjects of one family ("企业所得税汇算清缴" /
"个人所得税年度汇算") stay apart however many words they share. Where a title names no
subject the glossary knows, a topic both sessions carry speaks, or failing that how
alike the titles are (``titles``).

Not every shared topic is a subject. Departments tag sessions with their own broad
words ("惠企", "营商环境", "便民办税"): the glossary knows many as policy areas, and a tag
it does not know is broad when the sessions carrying it name several different subjects,
or carry several rarer tags beside it. A county's own word for a local policy rides with
its broader tags (充填开采 beside 煤炭税费 and 税费服务) and names that policy.
"""

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from services.matching.families import FAMILIES, families_of
from services.matching.glossary import BROAD, INDUSTRIES, areas_of, concepts_in, without_names
from services.matching.text import CJK_CHAR, has_cjk
from services.matching.titles import title_features
from services.overlaps.model import SessionInfo

# A tag the glossary does not know is broad once its sessions name this many subjects.
BROAD_TAG_SUBJECTS = 3
# A tag on titles the glossary cannot read is broad once they are worded this many ways
# (one local subject is worded several ways by its departments; a broad tag, many more).
BROAD_TAG_WORDINGS = 6


@dataclass(frozen=True, slots=True)
class Subject:
    """What one session is about, as far as its title and topics tell."""

    title: frozenset[str]  # the glossary's subjects in the title, the general ones left out
    tagged: frozenset[str]  # the glossary's specific subjects in the topics
    topics: frozenset[str]  # topics that name a subject (broad ones left out)
    areas: frozenset[str]  # the policy areas the title names ("安全生产")
    more: bool  # the title says more than its areas ("渔业油价补贴", not "渔业政策")
    families: frozenset[str]  # policy families of its subjects, or of its areas


_ENGLISH_WORD = re.compile(r"[a-z]{3,}")
# A policy's review or renewal is another session than its first application: the firms
# and the papers differ ("专精特新中小企业认定" / "…复核").
_REVIEW = re.compile(
    r"复核|复审|年审|重新认定|期满|续期|延续|\breview\b|\brenewal\b", re.IGNORECASE
)


def _says_more(subject: str, areas: frozenset[str]) -> bool:
    """Whether a title names something beside its policy areas: "渔业油价补贴" and "渔业职务
    船员" are two policies of one industry, "智改数转" and "数字化转型" one area said twice."""
    rest = without_names(subject.lower(), areas)
    return len(CJK_CHAR.findall(rest)) >= 2 or bool(_ENGLISH_WORD.search(rest))


def _scripts(tags: frozenset[str]) -> set[bool]:
    """Which scripts the tags are written in (True for Chinese): tags in two languages
    cannot tell two subjects apart ("Foreign Investment" / "再投资")."""
    return {has_cjk(tag) for tag in tags}


def _parts_apart(a: Subject, b: Subject) -> bool:
    """Both titles name one policy, and each session is tagged with a part of it the other
    is not: "草原生态保护补助奖励政策宣讲" tagged 草畜平衡 and tagged 禁牧 are its two parts."""
    for policy in a.title & b.title:
        parts = frozenset(FAMILIES.get(policy, ())) - {policy}
        if (a.tagged - b.tagged) & parts and (b.tagged - a.tagged) & parts:
            return True
    return False


def _specific(concepts: frozenset[str]) -> frozenset[str]:
    return concepts - BROAD - INDUSTRIES


class Subjects:
    """The subjects of a fixed list of sessions, addressed by position.

    A subject is general, like a broad tag, when titles name it beside several different
    others: "参保" (enrolment) with 工伤保险, 医疗保险 and 养老保险, "抽检" with 食品安全
    and 产品质量. It is left out of a title's subjects where the title names another.
    """

    def __init__(self, sessions: Sequence[SessionInfo]) -> None:
        named = [title_features(s.title).concepts for s in sessions]
        beside: defaultdict[str, set[str]] = defaultdict(set)
        for concepts in named:
            for concept in concepts:
                beside[concept] |= concepts - BROAD - {concept}
        general = {c for c, others in beside.items() if len(others) >= BROAD_TAG_SUBJECTS - 1}
        areas = [areas_of(concepts) | (concepts & INDUSTRIES) for concepts in named]
        # "产品质量监督抽查": a general subject beside an area is that area's, not "食品安全抽检"'s
        titles = [
            (_specific(concepts) - general) or (frozenset() if area else _specific(concepts))
            for concepts, area in zip(named, areas, strict=True)
        ]
        known = {topic: concepts_in(topic) for s in sessions for topic in s.topics}
        named_by: defaultdict[str, set[frozenset[str]]] = defaultdict(set)
        worded_by: defaultdict[str, set[str]] = defaultdict(set)
        carried = Counter(topic for session in sessions for topic in set(session.topics))
        self._carried = carried
        self._titles = [session.title for session in sessions]
        self._reviews = [bool(_REVIEW.search(session.title)) for session in sessions]
        narrower: defaultdict[str, set[str]] = defaultdict(set)
        for session, title in zip(sessions, titles, strict=True):
            for topic in session.topics:
                if title:
                    named_by[topic].add(title)
                else:
                    worded_by[topic].add(title_features(session.title).subject)
                narrower[topic].update(t for t in session.topics if carried[t] < carried[topic])

        def names_a_subject(topic: str) -> bool:
            """A tag names a subject unless the glossary knows it as an area, or this
            county puts it on sessions of several subjects: titles naming several the
            glossary knows ("食品安全" on 茶叶SC认证 and 食品小作坊登记 alike), or beside
            several rarer tags ("煤炭税费" beside 充填开采, 疏干排水 and 衰竭期矿山), or on
            titles the glossary cannot read, worded many ways."""
            if known[topic] and not _specific(known[topic]):
                return False
            return (
                len(named_by[topic]) < BROAD_TAG_SUBJECTS
                and len(narrower[topic]) < BROAD_TAG_SUBJECTS
                and len(worded_by[topic]) < BROAD_TAG_WORDINGS
            )

        self._subjects = [
            Subject(
                title=title,
                tagged=frozenset().union(*(_specific(known[t]) for t in session.topics)),
                topics=frozenset(filter(names_a_subject, session.topics)),
                areas=area,
                more=_says_more(title_features(session.title).subject, area),
                families=families_of(title or area),
            )
            for session, title, area in zip(sessions, titles, areas, strict=True)
        ]

    def _told_apart_by_tags(self, a: Subject, b: Subject, *, one_wording: bool) -> bool:
        """Each is tagged with a subject of its own, and whatever tag they share is carried
        more widely than those: 草畜平衡 / 禁牧 (beside 草原生态补奖), 肉牛 / 肉羊 (beside
        牲畜良种补贴) are sibling policies, not one. One title written twice and tagged with
        nothing in common is each department's own word for one subject ("A级景区创建宣传活动"
        tagged 红色旅游, "A级景区创建政策解读会" tagged 景区创建)."""
        own_a, own_b = a.topics - b.topics, b.topics - a.topics
        if not (own_a and own_b) or _scripts(own_a).isdisjoint(_scripts(own_b)):
            return False
        if one_wording and not a.topics & b.topics:
            return False
        narrowest = max(min(self._carried[t] for t in own) for own in (own_a, own_b))
        return all(self._carried[t] > narrowest for t in a.topics & b.topics)

    def _own_words(self, i: int, j: int) -> frozenset[str]:
        """The tags naming a subject that only session i carries and that its title writes
        out while j's does not: what i is about beside anything they share. "煤炭资源税充填
        开采减征" tagged 充填开采 and "…衰竭期矿山减征" tagged 衰竭期矿山 are two reliefs of one
        tax, and "水资源税改革试点（矿井疏干排水）" tagged 疏干排水 a third (the brackets say it
        too); a department's own word for the shared policy (价格监管 beside 明码标价) is
        written in neither title, or in both, and tags in two languages ("Foreign
        Investment" / 外资目录) tell nothing apart."""
        own = self._subjects[i].topics - self._subjects[j].topics
        return frozenset(t for t in own if t in self._titles[i] and t not in self._titles[j])

    def __getitem__(self, position: int) -> Subject:
        return self._subjects[position]

    def relation(self, i: int, j: int, *, one_wording: bool) -> str:
        """ "same" when the titles name one subject, or one title names what the other is
        tagged with while the other's title names none (and neither title writes out a
        subject of its own it is tagged with: 制氢 tagged 绿电绿证 is not 绿色电力证书核发), or
        names another subject of its family and each is tagged with the other's
        ("绿色电力交易" / "买绿电", both tagged 绿电交易 and 绿电绿证), or both name one area
        and nothing narrower; "different" when both titles name subjects and share none, or
        one names the shared subject's review and the other does not (``_REVIEW``), or
        each writes out a subject of its own it is tagged with (``_own_words``), or each is
        tagged with a narrower subject of its own beside a broader shared tag (草畜平衡 /
        禁牧; tags in two languages, or on ``one_wording`` of a title, tell nothing apart),
        or name subjects or areas with neither an area nor a policy family in common
        ("数字化转型专场" / "转贷资金使用专场");
        "unknown" otherwise, for the topics and wording to decide."""
        a, b = self._subjects[i], self._subjects[j]
        if a.title & b.title:
            mine, theirs = self._own_words(i, j), self._own_words(j, i)
            apart = (
                _parts_apart(a, b)
                or not _scripts(mine).isdisjoint(_scripts(theirs))
                or self._reviews[i] != self._reviews[j]
            )
            return "different" if apart else "same"
        tagged = a.title & b.tagged or b.title & a.tagged
        if a.title and b.title:
            # each tagged with the other's subject: one policy in two words
            both = a.title & b.tagged and b.title & a.tagged
            return "same" if both and a.families & b.families else "different"
        if self._told_apart_by_tags(a, b, one_wording=one_wording):
            return "different"
        if tagged and not (self._own_words(i, j) or self._own_words(j, i)):
            return "same"
        if (
            not (a.title or b.title)
            and a.areas
            and a.areas == b.areas
            and not (a.areas & INDUSTRIES and (a.more or b.more))
        ):
            return "same"  # both about one area and nothing narrower ("智改数转" / "数字化转型")
        named = (a.title or a.areas) and (b.title or b.areas)
        if named and not (a.areas & b.areas or a.families & b.families):
            return "different"
        return "unknown"
