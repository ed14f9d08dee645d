"""The report's figures of ratings and complaints (services/participation/tally.py)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from services.participation.tally import (
    ComplaintFact,
    ParticipationFigures,
    Rating,
    participation_figures,
    settled_until,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
MONDAY = datetime(2027, 3, 1, 10, tzinfo=SHANGHAI)
LATER = MONDAY + timedelta(days=60)


def _fact(answered_after: float | None, rejected: bool = False) -> ComplaintFact:
    answered = MONDAY + timedelta(days=answered_after) if answered_after is not None else None
    return ComplaintFact("tax", MONDAY, answered, rejected)


def test_ratings_count_for_every_host_and_average_from_three() -> None:
    ratings = [Rating(1, ("tax", "finance"), 5), Rating(1, ("tax", "finance"), 4),
               Rating(2, ("tax",), 3)]  # fmt: skip
    figures = participation_figures(ratings, [], LATER, SHANGHAI)
    assert figures["tax"] == ParticipationFigures(sessions_rated=2, average_rating=4.0)
    assert figures["finance"] == ParticipationFigures(sessions_rated=1, average_rating=None)


def test_late_is_answered_late_or_unanswered_past_the_deadline_and_never_rejected() -> None:
    facts = [
        _fact(1.5),
        _fact(21.5),  # Monday 2027-03-22 at 22:00, the fifteenth working day: on time
        _fact(22),  # Tuesday: late
        _fact(None),  # never answered, 60 days on: late
        _fact(None, rejected=True),
    ]
    figures = participation_figures([], facts, LATER, SHANGHAI)["tax"]
    assert figures == ParticipationFigures(
        complaints_received=5,
        complaints_answered=3,
        complaints_overdue=2,
        median_days_to_answer=21.5,
    )


def test_nothing_is_late_before_its_deadline() -> None:
    figures = participation_figures([], [_fact(None)], MONDAY + timedelta(days=21), SHANGHAI)
    assert figures["tax"].complaints_overdue == 0


def test_the_figures_hold_until_the_first_deadline_ahead_of_an_unanswered_complaint() -> None:
    deadline = datetime(2027, 3, 23, tzinfo=SHANGHAI)  # after the fifteenth working day
    waiting, answered, rejected = _fact(None), _fact(1), _fact(None, rejected=True)
    assert settled_until([answered, waiting, rejected], MONDAY, SHANGHAI) == deadline
    assert settled_until([answered, rejected], MONDAY, SHANGHAI) is None
    assert settled_until([waiting], deadline, SHANGHAI) is None, "late already: nothing to come"
