"""What every reader of a session sees of taking part: seats taken, and ratings once enough.

An average of fewer than ``MIN_RATINGS`` enterprises' ratings would let a host who knows
who came read one enterprise's rating off it, so below that nothing is shown to anyone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Float, cast, func, literal, select, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from services.core.models import Evaluation, Registration
from services.participation.kinds import RegistrationStatus

MIN_RATINGS = 3


@dataclass(frozen=True, slots=True)
class EvaluationSummary:
    count: int
    average_rating: float
    average_usefulness: float


@dataclass(frozen=True, slots=True)
class TakingPart:
    registered_attendees: int = 0
    evaluation: EvaluationSummary | None = None


def summary(count: int, rating_sum: float, usefulness_sum: float) -> EvaluationSummary | None:
    """Averages to two decimals, or None below ``MIN_RATINGS`` ratings."""
    if count < MIN_RATINGS:
        return None
    return EvaluationSummary(count, round(rating_sum / count, 2), round(usefulness_sum / count, 2))


async def taking_part(db: AsyncSession, session_ids: Sequence[int]) -> dict[int, TakingPart]:
    """Seats taken and ratings of these sessions, in one statement whatever their number."""
    if not session_ids:
        return {}
    seats = (
        select(
            Registration.session_id,
            literal("seats"),
            cast(func.sum(Registration.attendees), Float),
            literal(0.0),
            literal(0.0),
        )
        .where(
            Registration.session_id.in_(session_ids),
            Registration.status == RegistrationStatus.REGISTERED.value,
        )
        .group_by(Registration.session_id)
    )
    ratings = (
        select(
            Evaluation.session_id,
            literal("ratings"),
            cast(func.count(), Float),
            cast(func.sum(Evaluation.rating), Float),
            cast(func.sum(Evaluation.usefulness), Float),
        )
        .where(Evaluation.session_id.in_(session_ids))
        .group_by(Evaluation.session_id)
    )
    found: dict[int, TakingPart] = {}
    for session_id, kind, amount, rating_sum, usefulness_sum in await db.execute(
        union_all(seats, ratings)
    ):
        now = found.get(session_id, TakingPart())
        if kind == "seats":
            found[session_id] = TakingPart(int(amount), now.evaluation)
        else:
            found[session_id] = TakingPart(
                now.registered_attendees, summary(int(amount), rating_sum, usefulness_sum)
            )
    return found
