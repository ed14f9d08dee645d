"""When an answer is due, counted in working days.

A working day is a weekday (Monday to Friday) in the county's zone: civical keeps no
holiday calendar, so public holidays and the weekends worked in their place are not
counted differently. An answer is due by the end of the ``ANSWER_WITHIN``-th working
day after the day the complaint came in (or was reopened).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

ANSWER_WITHIN = 15


def answer_due(since: datetime, zone: ZoneInfo, working_days: int = ANSWER_WITHIN) -> datetime:
    """The moment an answer becomes late: midnight after the last working day allowed."""
    day = since.astimezone(zone).date()
    counted = 0
    while counted < working_days:
        day += timedelta(days=1)
        if day.weekday() < 5:
            counted += 1
    return datetime.combine(day + timedelta(days=1), time(), tzinfo=zone)


def day_start(moment: datetime, zone: ZoneInfo) -> datetime:
    """Midnight of the day ``moment`` falls on in ``zone``: all a department is shown of when
    an anonymous complaint's filer acted."""
    return datetime.combine(moment.astimezone(zone).date(), time(), tzinfo=zone)
