"""Compare two postings field by field, each comparison landing on one level.

These are the comparison levels of a Fellegi–Sunter model (``model``): how much
each level says for or against "one session" is learnt from data, not written
here. What is written here is only what each field's levels are, and two rules
that are physics rather than evidence (``contradiction``):

- **qualifiers**: different series numbers, classes, half days, language classes
  or special audiences on both sides ("第2期"/"第3期", "一班"/"二班",
  "石湾镇专场"/"园洲镇专场") are two sessions, however alike the rest;
- **time**: postings whose times do not meet, or whose starts are hours apart (a
  three-day course and the next day's session), are two sessions;
- **one department**: its postings for towns that differ, titled in words they hardly
  share, one online and the other in a room, or starting more than an hour apart, are
  two sessions (its tour of the towns at one hour; two subjects it briefs at once; its
  class online beside its class in the room; its workshop and the same workshop again
  later), though co-hosts may each name other towns and title one session in their own
  words and give its start differently; a department that posts one session twice
  titles it alike and gives it one start;
- **one room**: its postings starting more than an hour apart are its next session.

Whether two places are one room, one building or neither is ``places``'. The physical
rule for rooms (one room holds one session at a time) is the "same-room" level (or
"same-floor", one floor of one building where neither names a room) meeting intersecting
times; ``cluster`` applies it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

from services.matching.places import Aliases, venue_level
from services.matching.posting import Posting
from services.matching.titles import Qualifier, TitleFeatures
from services.matching.translation import translates


class Field(StrEnum):
    TITLE = "title"
    SUBJECT = "subject"
    TOPICS = "topics"
    VENUE = "venue"
    TIME = "time"
    KIND = "kind"
    SECTORS = "sectors"
    REGIONS = "regions"
    DEPARTMENT = "department"
    QUALIFIERS = "qualifiers"
    FORMAT = "format"


# The levels of each field, most alike first; the order is also the order of the model's tables.
LEVELS: dict[Field, tuple[str, ...]] = {
    Field.TITLE: (
        "same",
        "high",
        "middle",
        "low",
        "none",
        "foreign",
        "foreign-shared",
        "translated",
        "empty",
    ),
    Field.SUBJECT: ("shared", "tagged", "kin", "area", "other-area", "disjoint", "unknown"),
    Field.TOPICS: ("shared", "area", "related", "unrelated", "missing"),
    Field.VENUE: (
        "same-code",
        "same-room",
        "same-floor",
        "same-building",
        "similar-place",
        "unclear-place",
        "room-only",
        "both-online",
        "other-room",
        "other-code",
        "other-place",
        "other-kind",
        "online-onsite",
        "missing",
        "neither",
    ),
    Field.TIME: ("same", "same-start", "same-end", "close", "partial", "shifted", "apart"),
    Field.KIND: ("same", "different"),
    Field.SECTORS: ("shared", "open", "disjoint"),
    Field.REGIONS: ("compatible", "disjoint"),
    Field.DEPARTMENT: ("different", "same"),
    Field.QUALIFIERS: ("same", "same-series", "same-sector", "one-side", "none"),
    Field.FORMAT: ("same", "overlap", "different", "unknown"),
}

# Where one side says nothing of a field (a title without a format word, a posting
# without tags, a title naming no policy the glossary knows), nothing is learnt of the
# pair: such a level weighs nothing, whatever share of pairs the fitted counties showed
# there. Counties differ most here; plain-language co-hosts ("上岸渔民的养老钱怎么交")
# say none of them, and were weighed down as catch-alls are.
UNSAID: dict[Field, str] = {
    Field.FORMAT: "unknown",
    Field.TOPICS: "missing",
    Field.SUBJECT: "unknown",
}
# One room (a room both name, or one floor where neither names one) or one online meeting
ONE_ROOM = frozenset({"same-room", "same-floor", "same-code"})
_TITLE_HIGH, _TITLE_MIDDLE, _TITLE_LOW = 0.7, 0.45, 0.2
# Beside Chinese, a word or two of Latin letters is a name ("Habo", "AEO"), not a title
# in English: the Chinese says how alike the titles are.
_WORDS_SAY = 3
_WORDING_ALIKE = frozenset({"same", "high", "middle", "foreign-shared", "translated"})
OTHER_TOWNS = "one department's sessions for other towns"
OTHER_SUBJECTS = "one department's sessions on other subjects"
ONLINE_AND_ON_SITE = "one department's online and on-site sessions"
# A department names its own session one way: its postings named by a town's special and by
# a number (柳湾镇专场 / 第2期), or by a town's special and by nothing, are two sessions,
# though a co-host may write either for one; in one room, they are one posted twice.
OWN_QUALIFIERS = "one department's sessions named apart"
_PLACES = ("place:", "zh:")  # a special named by a place (or a name in characters)
OTHER_KINDS = "one department's training and publicity"  # 149 pairs in 150 two sessions
# One room (or meeting) whose postings start more than an hour apart holds one session
# after another: co-hosts' starts differ by a sign-in at most.
NEXT_IN_ROOM = "the next session in one room"
# A department gives its own session one start: its postings starting more than an hour
# apart are its sessions one after another, wherever it writes them.
OTHER_HOURS = "one department's sessions at other hours"
# Rules of a department's habits rather than physics: they decide what the evidence
# nearly always decides too (see ``anchors.weigh``).
HABITS = frozenset(
    {OTHER_TOWNS, OTHER_SUBJECTS, ONLINE_AND_ON_SITE, OTHER_KINDS, OTHER_HOURS, OWN_QUALIFIERS}
)
_UNLIKE_TITLES = frozenset({"low", "none"})
_APART = frozenset({"disjoint", "other-area"})  # subjects the glossary knows to differ
_SHIFTED_MINUTES = 180  # starts further apart: another session that happens to overlap
_CLOSE_MINUTES = 45  # starts and ends this near: one session announced a little differently
_SAME_MINUTES = 5
_NEXT_MINUTES = 60  # starts further apart: the room's, or the department's, next session


@dataclass(frozen=True, slots=True)
class Comparison:
    """The level of each field for one pair, and what a person should read about it."""

    levels: dict[Field, str]
    title_similarity: float | None
    contradiction: str | None  # why the two cannot be one session, if they cannot

    @property
    def same_place_and_time(self) -> bool:
        """One room (or one online meeting) at times that meet: one session, whatever the
        titles say, for a room holds one session at a time. A qualifier that differs, or
        starts hours apart (the next session in that room), are contradictions and say no;
        so do times that only partly meet under titles sharing no word, of other subjects
        or tagged with no word in common: the room's session before or after, one of them
        mistimed (10 such pairs in 11)."""
        levels = self.levels
        mistimed = (
            levels[Field.TIME] == "partial"
            and levels[Field.TITLE] in ("none", "foreign")
            and (
                levels[Field.SUBJECT] in _APART
                or (levels[Field.SUBJECT] == "unknown" and levels[Field.TOPICS] == "unrelated")
            )
        )
        return self.contradiction is None and levels[Field.VENUE] in ONE_ROOM and not mistimed

    @property
    def one_subject(self) -> bool:
        """Whether the titles say one session: much wording or a policy in common, or one
        series number or town's special session ("庙头镇专场") on subjects not known to
        differ (two bureaus each hold a 渔山乡 session at one hour); or, for co-hosts who
        title it in their own words, a topic word in common ("台青创业" / "臺青創業")."""
        levels = self.levels
        return (
            levels[Field.TITLE] in _WORDING_ALIKE
            or levels[Field.SUBJECT] in ("shared", "tagged")
            or (levels[Field.QUALIFIERS] == "same" and levels[Field.SUBJECT] not in _APART)
            or levels[Field.TOPICS] == "shared"
        )

    @property
    def words_shared(self) -> bool:
        """Whether the titles share a word, a policy family or an area at all."""
        return self.one_subject or (
            self.levels[Field.TITLE] == "low" or self.levels[Field.SUBJECT] in ("kin", "area")
        )

    @property
    def twins(self) -> bool:
        """The same numbered or special session ("第1期", "石湾镇专场") under the same subject in
        one time slot, not somewhere else: one session, whichever room each department wrote.
        One department that writes two rooms of one building, though, holds its numbered
        session's parallel classes there (培训二室 on the sixth floor, 多功能厅 on the seventh)."""
        levels = self.levels
        own_two_rooms = levels[Field.DEPARTMENT] == "same" and levels[Field.VENUE] == "other-room"
        return (
            self.contradiction is None
            and not own_two_rooms
            and levels[Field.QUALIFIERS] in ("same", "same-series", "same-sector")
            and levels[Field.TITLE] in ("same", "high")
            and levels[Field.TIME] not in ("partial", "shifted")
            and levels[Field.VENUE]
            not in ("other-place", "other-kind", "other-code", "online-onsite")
        )


def _dice(left: frozenset[int], right: frozenset[int]) -> float:
    if not left or not right:
        return 0.0
    return 2 * len(left & right) / (len(left) + len(right))


def title_similarity(a: TitleFeatures, b: TitleFeatures) -> float | None:
    """How alike two subjects are in the script they share; None when they share none.

    Chinese is compared by character bigrams and, at a discount, by characters
    (abbreviations keep characters but lose bigrams: "碳排放权交易" / "碳交易").
    """
    scores = []
    chinese = bool(a.characters and b.characters)
    if chinese:
        scores.append(max(_dice(a.bigrams, b.bigrams), 0.8 * _dice(a.characters, b.characters)))
    if a.words and b.words and (min(len(a.words), len(b.words)) >= _WORDS_SAY or not chinese):
        scores.append(_dice(a.words, b.words))
    return max(scores) if scores else None


def _title_level(a: TitleFeatures, b: TitleFeatures, similarity: float | None) -> str:
    if not (a.characters or a.words) or not (b.characters or b.words):
        return "empty"
    if a.subject == b.subject:
        return "same"
    if similarity is None or a.chinese != b.chinese:  # one English, one Chinese
        if similarity:
            return "foreign-shared"  # a name in common ("RCEP", "AEO")
        chinese, english = (a, b) if a.chinese else (b, a)
        return "translated" if translates(chinese.subject, english.subject) else "foreign"
    if similarity >= _TITLE_HIGH:
        return "high"
    if similarity >= _TITLE_MIDDLE:
        return "middle"
    return "low" if similarity >= _TITLE_LOW else "none"


def _subject_level(a: Posting, b: Posting) -> str:
    """Policy subjects the glossary finds in the titles, in either language ("出口信用保险" and
    "Export Credit Insurance" name one). A title's subject met only in the other's topics is
    weaker: departments tag sessions with neighbouring policies too."""
    if a.title_concepts & b.title_concepts:
        return "shared"
    if a.title_concepts & b.topic_concepts or b.title_concepts & a.topic_concepts:
        return "tagged"
    if a.title_families & b.title_families:
        return "kin"  # one policy family, in each department's own words
    if a.title_concepts and b.title_concepts:
        return "disjoint"
    if (a.title_concepts or a.title_areas) and (b.title_concepts or b.title_areas):
        # Only an area on one side at least ("增值税发票" against "特种设备安全"): weaker than
        # two subjects that differ, for an area holds many subjects.
        return "area" if a.title_areas & b.title_areas else "other-area"
    return "unknown"


def _topics_level(a: Posting, b: Posting) -> str:
    if not a.topics or not b.topics:
        return "missing"
    if a.subject_topics & b.subject_topics or a.topic_concepts & b.topic_concepts:
        return "shared"  # the same words, or the same policy in two languages
    if a.topics & b.topics:
        return "area"  # only a policy area's word in common ("增值税")
    related = any(
        len(x) >= 3 and (x in y or x in other.title_features.subject)
        for left, right, other in ((a, b, b), (b, a, a))
        for x in left.topics
        for y in right.topics
    )
    return "related" if related else "unrelated"


def _starts_apart(a: Posting, b: Posting) -> float:
    """Minutes between the two starts."""
    return abs((a.start - b.start).total_seconds()) / 60


def _time_level(a: Posting, b: Posting) -> str:
    overlap = (min(a.end, b.end) - max(a.start, b.start)).total_seconds()
    if overlap <= 0:
        return "apart"
    starts = _starts_apart(a, b)
    ends = abs((a.end - b.end).total_seconds()) / 60
    if starts > _SHIFTED_MINUTES:
        return "shifted"  # however the ends agree: a day's programme and its afternoon session
    if starts <= _SAME_MINUTES and ends <= _SAME_MINUTES:
        return "same"
    if starts <= _SAME_MINUTES:
        return "same-start"
    if ends <= _SAME_MINUTES:
        return "same-end"
    if starts <= _CLOSE_MINUTES and ends <= _CLOSE_MINUTES:
        return "close"
    return "partial"


def _audience_level(left: frozenset[str], right: frozenset[str]) -> str:
    if not left or not right:
        return "open"
    return "disjoint" if left.isdisjoint(right) else "shared"


def _regions_level(left: frozenset[str], right: frozenset[str]) -> str:
    """Only towns that differ say something: a county's postings name its towns so unevenly
    (some always, some never) that sharing one is no sign of one session."""
    return "disjoint" if left and right and left.isdisjoint(right) else "compatible"


def qualifier_clash(a: frozenset[Qualifier], b: frozenset[Qualifier]) -> Qualifier | None:
    """A qualifier both give with values that differ, or None."""
    left, right = defaultdict(set), defaultdict(set)
    for kind, value in a:
        left[kind].add(value)
    for kind, value in b:
        right[kind].add(value)
    for kind in left.keys() & right.keys():
        if kind == "special":
            if _specials_differ(left[kind], right[kind]):
                return (kind, sorted(left[kind])[0])
        elif left[kind].isdisjoint(right[kind]):
            return (kind, sorted(left[kind])[0])
    return None


def _specials_differ(left: set[str], right: set[str]) -> bool:
    """Special audiences differ when none of one side agrees with any of the other and some
    pair surely differs (see ``_special_relation``)."""
    relations = {_special_relation(x, y) for x in left for y in right}
    return "agree" not in relations and "differ" in relations


def _special_relation(x: str, y: str) -> str:
    """Equal values agree; two sectors, or two names of one kind, that differ are two
    audiences, though a name holding the other agrees ("dongtangjiedao" holds "dongtang");
    a place and a name compare as places (a town's pinyin is its English name); a sector
    and a name differ when written in one script. A sector and a name in two scripts, or a
    Chinese and an English name, cannot be compared: "R&D firms" may be "科技研发专场"."""
    kind_x, _, name_x = x.partition(":")
    kind_y, _, name_y = y.partition(":")
    sector_x, sector_y = kind_x.startswith("sector"), kind_y.startswith("sector")
    if sector_x and sector_y:
        return "agree" if name_x == name_y else "differ"
    if sector_x or sector_y:  # a sector and a name: two words for two audiences in one script
        return "differ" if kind_x.endswith(kind_y) or kind_y.endswith(kind_x) else "unknown"
    if x == y:
        return "agree"
    if kind_x == kind_y or "place" in (kind_x, kind_y):
        return "agree" if name_x in name_y or name_y in name_x else "differ"
    return "unknown"


_IDENTIFYING = frozenset({"series", "class", "special"})  # a half day or language is common


def _qualifier_level(a: frozenset[Qualifier], b: frozenset[Qualifier]) -> str:
    """ "same" for one town's or named session ("庙头镇专场"); "same-series" when only a
    series or class number agrees ("第1期"): many series start at one, so of itself it says
    little of the subject; "same-sector" when only a sector agrees ("制造业企业专场"):
    several departments hold sector sessions at one hour, so it tells less."""
    agreeing = {(kind, value) for kind, value in a & b if kind in _IDENTIFYING} | {
        (kind_x, x)
        for kind_x, x in a
        for kind_y, y in b
        if kind_x == kind_y == "special" and _special_relation(x, y) == "agree"
    }
    if any(kind == "special" and not value.startswith("sector") for kind, value in agreeing):
        return "same"
    if any(kind != "special" for kind, _ in agreeing):
        return "same-series"
    if agreeing:
        return "same-sector"
    return "one-side" if a ^ b else "none"


def _named_apart(a: TitleFeatures, b: TitleFeatures) -> bool:
    """Whether one department's two postings name two of its sessions: one by a special
    and the other by a number, or, in one language, one by a town's special and the other
    by nothing (its session for 鳌峙镇 and its session for the county). A sector's special
    beside a plain title is, in the sample city, one session posted twice."""
    kinds_a, kinds_b = {kind for kind, _ in a.qualifiers}, {kind for kind, _ in b.qualifiers}
    if kinds_a and kinds_b:
        return kinds_a.isdisjoint(kinds_b)
    specials = a.qualifiers | b.qualifiers
    return (
        a.chinese
        and b.chinese
        and kinds_a ^ kinds_b == {"special"}
        and all(value.startswith(_PLACES) for _, value in specials)
    )


def _format_level(a: frozenset[str], b: frozenset[str]) -> str:
    """How each says the session is held ("宣讲会", "答疑会", "workshop"). Counties differ:
    in some, co-hosts swap these words freely; in others another format is another session."""
    if not a or not b:
        return "unknown"
    if a == b:
        return "same"
    return "overlap" if a & b else "different"


def compare(a: Posting, b: Posting, aliases: Aliases = frozenset()) -> Comparison:
    """The level of every field for the pair, and a contradiction if there is one;
    ``aliases`` are the building spellings the store has shown to be one building."""
    fa, fb = a.title_features, b.title_features
    similarity = title_similarity(fa, fb)
    levels = {
        Field.TITLE: _title_level(fa, fb, similarity),
        Field.SUBJECT: _subject_level(a, b),
        Field.TOPICS: _topics_level(a, b),
        Field.VENUE: venue_level(a.venue, b.venue, aliases),
        Field.TIME: _time_level(a, b),
        Field.KIND: "same" if a.kind == b.kind else "different",
        Field.SECTORS: _audience_level(a.sectors, b.sectors),
        Field.REGIONS: _regions_level(a.regions, b.regions),
        Field.DEPARTMENT: "same" if a.department == b.department else "different",
        Field.QUALIFIERS: _qualifier_level(fa.qualifiers, fb.qualifiers),
        Field.FORMAT: _format_level(fa.formats, fb.formats),
    }
    clash = qualifier_clash(fa.qualifiers, fb.qualifiers)
    contradiction = None
    if clash is not None:
        contradiction = f"different {clash[0]}"
    elif levels[Field.TIME] in ("apart", "shifted"):
        contradiction = (
            "times do not meet" if levels[Field.TIME] == "apart" else "starts hours apart"
        )
    elif levels[Field.VENUE] in ONE_ROOM and _starts_apart(a, b) > _NEXT_MINUTES:
        contradiction = NEXT_IN_ROOM
    elif levels[Field.DEPARTMENT] == "same" and levels[Field.REGIONS] == "disjoint":
        contradiction = OTHER_TOWNS
    elif levels[Field.DEPARTMENT] == "same" and levels[Field.TITLE] in _UNLIKE_TITLES:
        contradiction = OTHER_SUBJECTS
    elif levels[Field.DEPARTMENT] == "same" and levels[Field.VENUE] == "online-onsite":
        contradiction = ONLINE_AND_ON_SITE  # its class in the room and its class online
    elif (
        levels[Field.DEPARTMENT] == "same"
        and levels[Field.VENUE] not in ONE_ROOM
        and _named_apart(fa, fb)
    ):
        contradiction = OWN_QUALIFIERS
    elif levels[Field.DEPARTMENT] == "same" and levels[Field.KIND] == "different":
        contradiction = OTHER_KINDS  # a department names its own session's kind once
    elif levels[Field.DEPARTMENT] == "same" and _starts_apart(a, b) > _NEXT_MINUTES:
        contradiction = OTHER_HOURS
    return Comparison(levels, similarity, contradiction)
