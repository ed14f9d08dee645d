"""Answer deadlines in working days (services/participation/workdays.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from services.participation.workdays import ANSWER_WITHIN, answer_due, day_start

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.mark.parametrize(
    ("received", "due"),
    [
        # Monday: three weeks of weekdays later is a Monday, late from Tuesday 00:00
        (datetime(2027, 3, 1, 10, tzinfo=SHANGHAI), datetime(2027, 3, 23, tzinfo=SHANGHAI)),
        # Friday evening: the count starts on Monday
        (datetime(2027, 3, 5, 23, tzinfo=SHANGHAI), datetime(2027, 3, 27, tzinfo=SHANGHAI)),
        # Saturday and Sunday count as nothing, like Friday
        (datetime(2027, 3, 6, 9, tzinfo=SHANGHAI), datetime(2027, 3, 27, tzinfo=SHANGHAI)),
        (datetime(2027, 3, 7, 9, tzinfo=SHANGHAI), datetime(2027, 3, 27, tzinfo=SHANGHAI)),
    ],
)
def test_the_answer_is_late_after_the_fifteenth_weekday(received: datetime, due: datetime) -> None:
    assert answer_due(received, SHANGHAI) == due
    assert ANSWER_WITHIN == 15


def test_days_are_the_countys_not_utcs() -> None:
    # 2027-03-05 17:00 UTC is Saturday 01:00 in Shanghai
    assert answer_due(datetime(2027, 3, 5, 17, tzinfo=UTC), SHANGHAI) == datetime(
        2027, 3, 27, tzinfo=SHANGHAI
    )
    assert day_start(datetime(2027, 3, 5, 17, tzinfo=UTC), SHANGHAI) == datetime(
        2027, 3, 6, tzinfo=SHANGHAI
    )
