"""What enterprises gave a session follows it when it is merged into another.

Registrations, ratings and complaints move to the survivor, so an enterprise's seats and
its feed follow the real session. An enterprise registered (or rating) at both keeps one:
the registration holding the most seats, the latest rating.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from sqlalchemy import case, delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.core.bumps import TOUCHES
from services.core.db import chunked
from services.core.models import Complaint, Evaluation, Registration
from services.participation.kinds import RegistrationStatus

Row = TypeVar("Row", Registration, Evaluation)
REGISTERED = RegistrationStatus.REGISTERED.value


def _most_seats(row: Registration) -> tuple[int, int]:
    return (row.attendees if row.status == REGISTERED else 0, row.id)


def _latest(row: Evaluation) -> tuple[Any, int]:
    return (row.updated_at, row.id)


async def follow(db: AsyncSession, survivors: Mapping[int, int]) -> None:
    """Move what enterprises gave each merged-away session (key) to its survivor (value)."""
    if not survivors:
        return
    for chunk in chunked(list(survivors)):
        await db.execute(
            update(Complaint)
            .where(Complaint.session_id.in_(chunk))
            .values(
                session_id=case({key: survivors[key] for key in chunk}, value=Complaint.session_id)
            )
            .execution_options(synchronize_session=False)
        )
    await _move(db, Registration, survivors, _most_seats)
    await _move(db, Evaluation, survivors, _latest)


async def _move(
    db: AsyncSession,
    model: type[Row],
    survivors: Mapping[int, int],
    rank: Callable[[Row], tuple[Any, int]],
) -> None:
    """Rows of merged-away sessions go to the survivor; of two rows of one enterprise at the
    same survivor, the one ``rank`` puts highest stays."""
    rows: list[Row] = []
    for chunk in chunked(sorted(set(survivors) | set(survivors.values()))):
        rows += (await db.scalars(select(model).where(model.session_id.in_(chunk)))).all()
    if not any(row.session_id in survivors for row in rows):
        return
    groups: dict[tuple[int, int], list[Row]] = {}
    for row in rows:
        target = survivors.get(row.session_id, row.session_id)
        groups.setdefault((row.enterprise_id, target), []).append(row)
    kept = {max(group, key=rank): target for (_, target), group in groups.items()}
    dropped = [row for row in rows if row not in kept]
    touched = sorted({row.session_id for row in dropped})  # what those sessions show changes
    for chunk in chunked([row.id for row in dropped]):
        await db.execute(
            delete(model)
            .where(model.id.in_(chunk))
            .execution_options(synchronize_session=False, **{TOUCHES: touched})
        )
    for row in dropped:
        db.expunge(row)
    for row, target in kept.items():
        row.session_id = target
    await db.flush()
