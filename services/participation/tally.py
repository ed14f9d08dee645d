"""The report's arithmetic of taking part, per department: ratings of the sessions it hosted,
and the complaints it had to answer. Pure, so it is tested without a database."""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from services.participation.figures import MIN_RATINGS
from services.participation.workdays import answer_due

_DAY = 86_400.0


@dataclass(frozen=True, slots=True)
class Rating:
    session: int
    hosts: tuple[str, ...]
    rating: int


@dataclass(frozen=True, slots=True)
class ComplaintFact:
    department: str  # the assigned department, or the one it names while none is assigned
    received_at: datetime
    first_answered_at: datetime | None
    rejected: bool


@dataclass(frozen=True, slots=True)
class ParticipationFigures:
    sessions_rated: int = 0
    average_rating: float | None = None  # None below MIN_RATINGS ratings
    complaints_received: int = 0
    complaints_answered: int = 0
    complaints_overdue: int = 0
    median_days_to_answer: float | None = None


def _overdue(fact: ComplaintFact, moment: datetime, zone: ZoneInfo) -> bool:
    """No answer within the working days allowed: answered late, or still unanswered past
    the deadline. A complaint the coordinator rejected unanswered was nobody's to answer."""
    if fact.rejected and fact.first_answered_at is None:
        return False
    return answer_due(fact.received_at, zone) <= (fact.first_answered_at or moment)


def settled_until(
    complaints: Iterable[ComplaintFact], moment: datetime, zone: ZoneInfo
) -> datetime | None:
    """When these complaints' figures next change with no write at all: the first deadline
    still ahead of a complaint waiting for its first answer (None: none is)."""
    return min(
        (
            due
            for fact in complaints
            if fact.first_answered_at is None
            and not fact.rejected
            and (due := answer_due(fact.received_at, zone)) > moment
        ),
        default=None,
    )


def participation_figures(
    ratings: Iterable[Rating], complaints: Iterable[ComplaintFact], moment: datetime, zone: ZoneInfo
) -> dict[str, ParticipationFigures]:
    """Figures per department slug, for every department that has any."""
    rated: defaultdict[str, set[int]] = defaultdict(set)
    given: defaultdict[str, list[int]] = defaultdict(list)
    for rating in ratings:
        for host in rating.hosts:
            rated[host].add(rating.session)
            given[host].append(rating.rating)
    received: defaultdict[str, list[ComplaintFact]] = defaultdict(list)
    for fact in complaints:
        received[fact.department].append(fact)
    figures = {}
    for slug in set(rated) | set(received):
        facts = received[slug]
        days = [
            (fact.first_answered_at - fact.received_at).total_seconds() / _DAY
            for fact in facts
            if fact.first_answered_at is not None
        ]
        scores = given[slug]
        figures[slug] = ParticipationFigures(
            sessions_rated=len(rated[slug]),
            average_rating=(
                round(statistics.fmean(scores), 2) if len(scores) >= MIN_RATINGS else None
            ),
            complaints_received=len(facts),
            complaints_answered=len(days),
            complaints_overdue=sum(_overdue(fact, moment, zone) for fact in facts),
            median_days_to_answer=round(statistics.median(days), 1) if days else None,
        )
    return figures
