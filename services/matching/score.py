"""Score whether two postings describe the same real-world session.

The score adds up evidence and is then limited by contradictions. Evidence
is forgiving because departments reword freely: the base is the title
similarity, or a fixed base when both postings carry the same policy topic
(so that a Chinese and an English title, or "政策说明会" and "业务辅导"
about one topic, are not judged by their words); the same address, meeting
id or district, a shared topic and the same start add to it.

Contradictions are strict because look-alike sessions are common: the same
training as "第3期" next week, a "青浦专场" and a "黄浦专场" at the same hour,
a briefing at another address. A *hard* contradiction (series number,
reserved audience, kind, start too far apart) means another session; a
*soft* one (venue, district, meeting id, a series number on one side only)
usually does but is worth a coordinator's look, so the pair stays in the
grey band, never above it.
"""

from collections.abc import Hashable
from dataclasses import dataclass
from datetime import timedelta

from rapidfuzz.distance import Indel

from services.matching.posting import Posting
from services.matching.venue import VenueFeatures

CANDIDATE_WINDOW = timedelta(minutes=30)
MERGE_THRESHOLD = 0.8
CANDIDATE_THRESHOLD = 0.6

_TOPIC_BASE = 0.6
_TITLE_VETO = 0.3  # titles in one language this unlike outweigh a shared topic tag
_SAME_PLACE = 0.25
_SAME_DISTRICT = 0.15
_BOTH_ONLINE = 0.15
_SHARED_TOPIC = 0.05
_NO_SHARED_TOPIC = -0.1
_SAME_START = 0.05
_SIMILAR_PLACE = 0.5  # Dice of place words that counts as the same district
_HARD_CAP = 0.3
_SOFT_FACTOR = 0.7
# Below this title similarity a pair without a shared topic cannot reach
# MERGE_THRESHOLD, so batch blocking need not score it.
TITLE_FLOOR = MERGE_THRESHOLD - (_SAME_PLACE + _SHARED_TOPIC + _SAME_START)


@dataclass(frozen=True, slots=True)
class Match:
    """A score in [0, 1], the reasons behind it, and whether nothing contradicts."""

    score: float
    reasons: tuple[str, ...]
    compatible: bool = True


def _disjoint(left: frozenset[Hashable], right: frozenset[Hashable]) -> bool:
    return bool(left and right) and left.isdisjoint(right)


def _qualifiers_differ(left: frozenset[str], right: frozenset[str]) -> bool:
    """True when both name a reserved audience in one script and neither contains the other.

    Containment, not equality, because "现场建筑" and "建筑" or "浦东新" and
    "浦东" are one audience written with more or less context. A Chinese and
    an English qualifier cannot be compared (a sector is not romanised).
    """
    pairs = [(x, y) for x in left for y in right if x.isascii() == y.isascii()]
    return bool(pairs) and not any(x in y or y in x for x, y in pairs)


def _same_place(va: VenueFeatures, vb: VenueFeatures) -> bool:
    return bool(va.meeting_ids & vb.meeting_ids or va.numbers & vb.numbers)


def _only_online(v: VenueFeatures) -> bool:
    return bool(v.online) and not v.onsite


def _only_onsite(v: VenueFeatures) -> bool:
    return v.onsite and not v.online


def hard_conflicts(a: Posting, b: Posting) -> list[str]:
    """Reasons the two postings cannot be one session."""
    found = []
    if abs(a.start - b.start) > CANDIDATE_WINDOW:
        found.append("start too far apart")
    if a.kind != b.kind:
        found.append("different kind")
    if _disjoint(a.title_features.series, b.title_features.series):
        found.append("different series number")
    if _qualifiers_differ(a.title_features.qualifiers, b.title_features.qualifiers):
        found.append("different target audience")
    return found


def soft_conflicts(a: Posting, b: Posting) -> list[str]:
    """Reasons the two postings are probably, not certainly, different sessions."""
    va, vb = a.venue, b.venue
    found = []
    if _disjoint(va.meeting_ids, vb.meeting_ids):
        found.append("different meeting id")
    if (_only_online(va) and _only_onsite(vb)) or (_only_onsite(va) and _only_online(vb)):
        found.append("online vs on-site")
    if _disjoint(va.numbers, vb.numbers):
        found.append("different address")
    if _disjoint(va.districts, vb.districts):
        found.append("different district")
    if bool(a.title_features.series) != bool(b.title_features.series) and not _same_place(va, vb):
        found.append("series number on one side only")
    return found


def conflicts(a: Posting, b: Posting) -> list[str]:
    """Every contradiction between two postings; empty when they may be one session."""
    if a.identity == b.identity:
        return []
    return hard_conflicts(a, b) + soft_conflicts(a, b)


def title_similarity(a: Posting, b: Posting) -> float | None:
    """Dice similarity of the titles in a language both use; None if they share none."""
    fa, fb = a.title_features, b.title_features
    scores = [
        Indel.normalized_similarity(x, y) for x, y in ((fa.zh, fb.zh), (fa.en, fb.en)) if x and y
    ]
    return max(scores) if scores else None


def _venue_evidence(va: VenueFeatures, vb: VenueFeatures) -> tuple[float, str | None]:
    if _same_place(va, vb):
        return _SAME_PLACE, "same address or meeting id"
    if va.districts & vb.districts or (
        va.place and vb.place and Indel.normalized_similarity(va.place, vb.place) >= _SIMILAR_PLACE
    ):
        return _SAME_DISTRICT, "same district"
    if va.online and vb.online:
        return _BOTH_ONLINE, "both online"
    return 0.0, None


def _evidence(a: Posting, b: Posting) -> tuple[float, list[str]]:
    title = title_similarity(a, b)
    shared_topic = bool(a.topics & b.topics)
    reasons = [f"title {title:.0%}" if title is not None else "titles in different languages"]
    comparable = title is None or title >= _TITLE_VETO
    score = max(title or 0.0, _TOPIC_BASE if shared_topic and comparable else 0.0)
    venue, why = _venue_evidence(a.venue, b.venue)
    score += venue
    reasons += [why] if why else []
    if shared_topic:
        score += _SHARED_TOPIC
        reasons.append("shared topic")
    elif _disjoint(a.topics, b.topics):
        score += _NO_SHARED_TOPIC
        reasons.append("no shared topic")
    minutes = round(abs((a.start - b.start).total_seconds()) / 60)
    if minutes == 0:
        score += _SAME_START
    reasons.append("same start" if minutes == 0 else f"start {minutes} min apart")
    return min(max(score, 0.0), 1.0), reasons


def compare(a: Posting, b: Posting) -> Match:
    """Score two postings; see the module docstring for how contradictions limit it."""
    if a.identity == b.identity:
        return Match(1.0, ("identical title, start and venue",))
    score, reasons = _evidence(a, b)
    hard, soft = hard_conflicts(a, b), soft_conflicts(a, b)
    if hard:
        score = min(score, _HARD_CAP)
    elif soft:
        score = min(score * _SOFT_FACTOR, MERGE_THRESHOLD - 0.01)
    return Match(round(score, 3), tuple(reasons + hard + soft), compatible=not (hard or soft))
