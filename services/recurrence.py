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

from services.validation import zone as iana_zone

_REFUSED_FREQUENCIES: Final = ("SECONDLY", "MINUTELY")


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
    ``rule`` is an RRULE value such as "FREQ=WEEKLY;BYDAY=TU;COUNT=10". Raises ValueError with a
    message fit for the poster when the zone or rule is invalid. Occurrences past ``limit`` are
    dropped (a posted series is capped, not refused).
    """
    tz = iana_zone(zone)
    if tz is None:
        raise ValueError(f"{zone!r} is not an IANA time zone.")
    first = _in_zone(start, tz)
    duration = _in_zone(end, tz) - first
    if duration.total_seconds() <= 0:
        raise ValueError("The first occurrence must end after it starts.")
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
        raise ValueError("The recurrence rule must be one RRULE value, e.g. FREQ=WEEKLY;BYDAY=TU.")
    parts = dict(part.partition("=")[::2] for part in value.upper().split(";"))
    if parts.get("FREQ") in _REFUSED_FREQUENCIES:
        raise ValueError("Sessions repeat at most hourly; FREQ=SECONDLY and MINUTELY are refused.")
    if not parts.get("INTERVAL", "1").isdigit() or int(parts.get("INTERVAL", "1")) < 1:
        raise ValueError("INTERVAL must be a whole number of at least 1.")
    try:
        parsed = rrulestr(value, dtstart=first)
    except (ValueError, TypeError, KeyError, IndexError) as error:
        raise ValueError(f"Invalid recurrence rule {rule!r}: {error}") from None
    if not isinstance(parsed, rrule):
        raise ValueError(f"Invalid recurrence rule {rule!r}: expected a single RRULE.")
    return parsed


def _in_zone(moment: datetime, tz: ZoneInfo) -> datetime:
    """Aware times are converted to the zone; naive ones are wall-clock times in it."""
    return moment.astimezone(tz) if moment.utcoffset() is not None else moment.replace(tzinfo=tz)
