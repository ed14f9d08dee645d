"""Occurrences of a series a department posts with an RFC 5545 RRULE, computed by dateutil.

The rule runs on the first occurrence's wall-clock time in the series' zone (dateutil keeps
wall-clock fields and ZoneInfo supplies each occurrence's own offset), so a weekly 09:30
session stays at 09:30 across DST changes, as calendar clients expand it. Every occurrence
lasts as long as the first one. Sub-hourly rules are refused: they are never sessions, and
a rule that matches rarely (FREQ=SECONDLY;BYMONTHDAY=31;BYMONTH=2) would otherwise walk
every second up to the horizon.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Final
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr  # type: ignore[import-untyped]

from services.core.errors import Message
from services.core.validation import zone as iana_zone

_REFUSED_FREQUENCIES: Final = ("SECONDLY", "MINUTELY")
_ONE_RULE: Final = Message(
    "The recurrence rule must be one valid RRULE value, e.g. FREQ=WEEKLY;BYDAY=TU;COUNT=10.",
    "重复规则须为一条有效的 RRULE，例如 FREQ=WEEKLY;BYDAY=TU;COUNT=10。",
)


class RecurrenceError(ValueError):
    """A rule or zone a series cannot be expanded with; the message is for the poster."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.en)
        self.message = message


def expand(
    rule: str,
    *,
    start: datetime,
    end: datetime,
    zone: str,
    exdates: Sequence[datetime] = (),
    horizon_end: datetime,
    limit: int = 500,
) -> list[tuple[datetime, datetime]]:
    """(start, end) of each occurrence up to ``horizon_end``, minus ``exdates``, at most ``limit``.

    ``start``/``end`` are the first occurrence (aware, or naive wall-clock in ``zone``);
    ``rule`` is an RRULE value such as "FREQ=WEEKLY;BYDAY=TU;COUNT=10". Raises RecurrenceError,
    with a message fit for the poster, when the zone or rule is invalid. Occurrences past ``limit`` are
    dropped (a posted series is capped, not refused).
    """
    tz = iana_zone(zone)
    if tz is None:
        raise RecurrenceError(
            Message(f"{zone!r} is not an IANA time zone.", f"{zone!r} 不是 IANA 时区名。")
        )
    first = _in_zone(start, tz)
    duration = _in_zone(end, tz).astimezone(UTC) - first.astimezone(UTC)  # elapsed, across DST
    if duration.total_seconds() <= 0:
        raise RecurrenceError(
            Message(
                "The first occurrence must end after it starts.",
                "第一次活动的结束时间须晚于开始时间。",
            )
        )
    recurrence = _parse(rule, first)
    excluded = {_in_zone(moment, tz) for moment in exdates}
    occurrences: list[tuple[datetime, datetime]] = []
    for moment in recurrence.between(first, _in_zone(horizon_end, tz), inc=True):
        if moment not in excluded:
            occurrences.append((moment, (moment.astimezone(UTC) + duration).astimezone(tz)))
            if len(occurrences) == limit:
                break
    return occurrences


def _parse(rule: str, first: datetime) -> rrule:
    """The dateutil rule for an RRULE value, with the reasons it is refused spelled out."""
    value = rule.strip().removeprefix("RRULE:")
    if not value or any(char in value for char in "\r\n"):
        raise RecurrenceError(_ONE_RULE)
    parts = dict(part.partition("=")[::2] for part in value.upper().split(";"))
    several_minutes = len(parts.get("BYMINUTE", "").split(",")) > 1
    if parts.get("FREQ") in _REFUSED_FREQUENCIES or parts.get("BYSECOND") or several_minutes:
        raise RecurrenceError(
            Message(
                "Sessions repeat at most hourly: FREQ=SECONDLY and MINUTELY, BYSECOND and "
                "several BYMINUTE values are refused.",
                "活动最多每小时重复一次，不接受 FREQ=SECONDLY、MINUTELY、BYSECOND 及多个 BYMINUTE 值。",
            )
        )
    if not parts.get("INTERVAL", "1").isdigit() or int(parts.get("INTERVAL", "1")) < 1:
        raise RecurrenceError(
            Message(
                "INTERVAL must be a whole number of at least 1.", "INTERVAL 须为不小于 1 的整数。"
            )
        )
    try:
        parsed = rrulestr(value, dtstart=first)
    except (ValueError, TypeError, KeyError, IndexError):
        raise RecurrenceError(_ONE_RULE) from None
    if not isinstance(parsed, rrule):
        raise RecurrenceError(_ONE_RULE)
    return parsed


def _in_zone(moment: datetime, tz: ZoneInfo) -> datetime:
    """Aware times are converted to the zone; naive ones are wall-clock times in it."""
    return moment.astimezone(tz) if moment.utcoffset() is not None else moment.replace(tzinfo=tz)
