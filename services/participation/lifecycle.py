"""Which steps a complaint may take from where it stands, and until when it may be reopened.

RECEIVED → ASSIGNED → ANSWERED → CLOSED, or REJECTED with a reason before an answer. The
coordinator may assign again while no answer came; the enterprise may reopen an answered
(or answered and closed) complaint within ``REOPEN_WITHIN`` of the answer, which sends it
back to the department that answered.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from services.participation.kinds import ComplaintAction, ComplaintStatus

REOPEN_WITHIN = timedelta(days=30)

_STEPS: dict[ComplaintAction, tuple[frozenset[ComplaintStatus], ComplaintStatus]] = {
    ComplaintAction.ASSIGNED: (
        frozenset({ComplaintStatus.RECEIVED, ComplaintStatus.ASSIGNED}),
        ComplaintStatus.ASSIGNED,
    ),
    ComplaintAction.ANSWERED: (frozenset({ComplaintStatus.ASSIGNED}), ComplaintStatus.ANSWERED),
    ComplaintAction.REOPENED: (
        frozenset({ComplaintStatus.ANSWERED, ComplaintStatus.CLOSED}),
        ComplaintStatus.ASSIGNED,
    ),
    ComplaintAction.CLOSED: (frozenset({ComplaintStatus.ANSWERED}), ComplaintStatus.CLOSED),
    ComplaintAction.REJECTED: (
        frozenset({ComplaintStatus.RECEIVED, ComplaintStatus.ASSIGNED}),
        ComplaintStatus.REJECTED,
    ),
}


def after(status: ComplaintStatus, action: ComplaintAction) -> ComplaintStatus | None:
    """The status ``action`` leads to from ``status``, or None when it may not be taken there."""
    if action is ComplaintAction.FILED:
        return None
    allowed, reached = _STEPS[action]
    return reached if status in allowed else None


def allowed_from(action: ComplaintAction) -> tuple[ComplaintStatus, ...]:
    """The statuses ``action`` may be taken from, in lifecycle order (for refusals to list)."""
    if action is ComplaintAction.FILED:
        return ()
    return tuple(status for status in ComplaintStatus if status in _STEPS[action][0])


def reopenable_until(answered_at: datetime | None) -> datetime | None:
    return answered_at + REOPEN_WITHIN if answered_at is not None else None
