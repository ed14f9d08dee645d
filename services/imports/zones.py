"""Time zones of imported feeds, resolved per file instead of through icalendar's global cache.

icalendar caches every VTIMEZONE it parses in a process-wide table keyed by TZID and prefers
that cache over its Windows-name mapping. In a service that reads many departments' feeds this
lets one feed's VTIMEZONE decide how another feed's times are read, and it turns Outlook's
"W. Europe Standard Time" into an anonymous dateutil zone instead of ``Europe/Berlin``. So every
date-time carrying a TZID is re-anchored here: its wall-clock time as written is kept and the
zone is looked up (1) as an IANA name, (2) as a Windows name through the CLDR table icalendar
ships, (3) as a "globally unique" ``/vendor/Area/City`` id, and only then (4) from a VTIMEZONE
in the same file. A TZID found nowhere leaves the time floating, which the caller reads in the
calendar's zone and reports.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Component, Timezone
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from services.core.validation import zone

# Date-time properties of a VEVENT whose values a TZID parameter can qualify.
DATE_TIME_PROPERTIES = ("DTSTART", "DTEND", "RECURRENCE-ID", "EXDATE", "RDATE")


def iana_zone(name: str) -> ZoneInfo | None:
    """The IANA zone a TZID or X-WR-TIMEZONE value means, or None when it names no known zone."""
    cleaned = name.strip().strip("/")
    for candidate in _candidates(cleaned):
        found = zone(candidate)
        if found is not None:
            return found
    return None


def _candidates(cleaned: str) -> Iterator[str]:
    yield cleaned
    windows = WINDOWS_TO_OLSON.get(cleaned)
    if windows:
        yield windows
    parts = cleaned.split("/")
    for first in range(1, len(parts)):
        yield "/".join(parts[first:])


class FileZones:
    """TZID → tzinfo for one VCALENDAR; remembers the TZIDs it could not resolve."""

    def __init__(self, calendar: Component) -> None:
        self._components = {
            str(component.get("TZID", "")): component
            for component in calendar.walk("VTIMEZONE")
            if isinstance(component, Timezone)
        }
        self._resolved: dict[str, tzinfo | None] = {}
        self.unknown: set[str] = set()

    def get(self, tzid: str) -> tzinfo | None:
        if tzid not in self._resolved:
            self._resolved[tzid] = iana_zone(tzid) or self._from_component(tzid)
            if self._resolved[tzid] is None:
                self.unknown.add(tzid)
        return self._resolved[tzid]

    def _from_component(self, tzid: str) -> tzinfo | None:
        """A zone built from this file's own VTIMEZONE; a malformed one counts as absent."""
        component = self._components.get(tzid)
        if component is None:
            return None
        try:
            built: tzinfo = component.to_tz(lookup_tzid=False)
        except Exception:
            return None
        return built

    def anchor(self, event: Component) -> None:
        """Re-read the event's TZID-qualified date-times as wall-clock times in their own zone."""
        for name in DATE_TIME_PROPERTIES:
            values = event.get(name)
            for prop in values if isinstance(values, list) else [values]:
                tzid = getattr(prop, "params", {}).get("TZID")
                if prop is None or not tzid:
                    continue
                tz = self.get(str(tzid))
                for holder in getattr(prop, "dts", None) or [prop]:
                    holder.dt = _reanchored(holder.dt, tz)


def _reanchored(value: Any, tz: tzinfo | None) -> Any:
    """Same wall-clock time, new zone; dates and durations pass through, periods element-wise."""
    if isinstance(value, tuple):
        return tuple(_reanchored(part, tz) for part in value)
    if isinstance(value, datetime):
        return value.replace(tzinfo=tz)
    return value
