"""Which step a complaint may take from each status (services/participation/lifecycle.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from services.participation.kinds import ComplaintAction as Do
from services.participation.kinds import ComplaintStatus as Is
from services.participation.lifecycle import after, allowed_from, reopenable_until

ALLOWED = {
    (Is.RECEIVED, Do.ASSIGNED): Is.ASSIGNED,
    (Is.ASSIGNED, Do.ASSIGNED): Is.ASSIGNED,
    (Is.ASSIGNED, Do.ANSWERED): Is.ANSWERED,
    (Is.ANSWERED, Do.REOPENED): Is.ASSIGNED,
    (Is.CLOSED, Do.REOPENED): Is.ASSIGNED,
    (Is.ANSWERED, Do.CLOSED): Is.CLOSED,
    (Is.RECEIVED, Do.REJECTED): Is.REJECTED,
    (Is.ASSIGNED, Do.REJECTED): Is.REJECTED,
}


@pytest.mark.parametrize("status", list(Is))
@pytest.mark.parametrize("action", list(Do))
def test_every_step_from_every_status(status: Is, action: Do) -> None:
    assert after(status, action) == ALLOWED.get((status, action))


def test_nothing_leaves_a_rejected_complaint_and_filing_is_no_step() -> None:
    assert all(after(Is.REJECTED, action) is None for action in Do)
    assert allowed_from(Do.FILED) == ()


def test_refusals_list_the_statuses_a_step_is_taken_from_in_lifecycle_order() -> None:
    assert allowed_from(Do.REOPENED) == (Is.ANSWERED, Is.CLOSED)
    assert allowed_from(Do.REJECTED) == (Is.RECEIVED, Is.ASSIGNED)


def test_an_answer_may_be_reopened_for_thirty_days() -> None:
    answered = datetime(2027, 3, 1, 8, tzinfo=UTC)
    assert reopenable_until(answered) == answered + timedelta(days=30)
    assert reopenable_until(None) is None
