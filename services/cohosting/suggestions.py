"""Sessions a department could join instead of running its own: pure, over a posting's overlaps."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from services import overlaps
from services.calendar.sessions import CANCELLED
from services.calendar.views import SessionView
from services.core.errors import Message
from services.overlaps.queries import OverlapView

SHOWN = 5


@dataclass(frozen=True, slots=True)
class Suggestion:
    session: SessionView
    score: float
    reason: Message


def joinable(
    found: Sequence[OverlapView], session_key: int, department_key: int, moment: datetime
) -> list[Suggestion]:
    """Other departments' sessions that repeat this one (REDUNDANT), best first: only those
    not yet started, not cancelled, and not hosted by the department already."""
    chosen: dict[int, Suggestion] = {}
    for item in sorted(found, key=lambda item: -item.overlap.score):
        if item.overlap.type is not overlaps.OverlapType.REDUNDANT:
            continue
        for other in item.sessions:
            if (
                other.key == session_key
                or other.key in chosen
                or other.status == CANCELLED
                or other.start <= moment
                or any(host.key == department_key for host in other.hosts)
            ):
                continue
            chosen[other.key] = Suggestion(other, item.overlap.score, item.overlap.reason)
    return list(chosen.values())[:SHOWN]
