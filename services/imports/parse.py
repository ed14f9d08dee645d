"""Reading departments' published ICS feeds into occurrences civical can store.

Feeds come from Outlook/Exchange, Google, Apple and website plug-ins, and many are malformed in
one way or another, so everything that can fail is caught per file, per series and per
occurrence: the importer says what it could not read and keeps the rest. ``icalendar`` parses,
``recurring-ical-events`` expands RRULE/RDATE/EXDATE and applies RECURRENCE-ID overrides
within the horizon, ``x-wr-timezone`` gives X-WR-TIMEZONE Google's meaning.

Decisions (a ``Problem`` is a note about one event or file; not every note drops the event):

- A date-time without DTEND or DURATION is zero-length by RFC 5545, and so is DTEND equal to
  DTSTART; civical needs a span, so both last ``DEFAULT_DURATION`` (one hour), silently. A
  DATE without an end lasts one day. All-day events run from local midnight of their date in
  the calendar's zone to midnight after the last day (DTEND is exclusive).
- DTEND before DTSTART: the event is left out with a problem (which of the two is wrong is a
  guess; ``recurring-ical-events`` would silently swap them).
- Times in UTC (without X-WR-TIMEZONE) and in zones known only from a file's VTIMEZONE are
  shown in the calendar's zone (same instant); floating times are read in it; a TZID that is
  neither an IANA/Windows name nor defined in the file is read as floating, with a problem
  (recurring-ical-events may then take the zone of the series' EXDATE/RDATE values).
- Text loses control characters like posted text does; a title over ``MAX_TITLE`` characters,
  a description or location over its limit is cut to fit with "…" and noted; a URL that is not
  http(s) or too long is left out and noted; a missing title becomes ``UNTITLED``, noted.
- Rules that would repeat more than 24 times a day, or need more than ``MAX_RULE_STEPS``
  steps to reach the horizon, are refused (a hostile FREQ=SECONDLY feed must not stall the
  importer); a series yields at most ``MAX_OCCURRENCES_PER_SERIES`` occurrences.
- Parsing is CPU-bound and synchronous: run it in a worker thread from async code.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Final
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import x_wr_timezone  # type: ignore[import-untyped]
from icalendar import Calendar, Component
from recurring_ical_events import EventAdapter, Series  # type: ignore[import-untyped]
from recurring_ical_events.util import make_comparable  # type: ignore[import-untyped]

from services.core.errors import Message
from services.core.validation import (
    DEFAULT_TIMEZONE,
    MAX_DESCRIPTION,
    MAX_LOCATION,
    MAX_TITLE,
    MAX_URL,
    clean_line,
    clean_text,
    zone,
)
from services.imports.zones import FileZones, iana_zone

log = logging.getLogger("civical.import")

DEFAULT_DURATION: Final = timedelta(hours=1)
MAX_OCCURRENCES_PER_SERIES: Final = 1_000
MAX_RULE_STEPS: Final = 1_000_000
MAX_OCCURRENCES_PER_DAY: Final = 24
UNTITLED: Final = "(untitled)"
_ELLIPSIS: Final = "…"
_BOM: Final = b"\xef\xbb\xbf"
_LIMITS: Final = {"SUMMARY": MAX_TITLE, "DESCRIPTION": MAX_DESCRIPTION, "LOCATION": MAX_LOCATION}
_RULE_STEPS_PER_DAY: Final = {"SECONDLY": 86_400, "MINUTELY": 1_440, "HOURLY": 24}


@dataclass(frozen=True, slots=True)
class ImportedEvent:
    """One occurrence of a feed's event, with aware times in ``timezone``.

    ``key`` is stable across imports of the same feed: the source UID, plus "|" and the
    RECURRENCE-ID in UTC (``2024-03-05T08:00:00Z``; a date for all-day series) for occurrences
    of a recurring series. A VEVENT without UID gets a synthesised ``import-<hash>`` UID from
    its summary, DTSTART and location, so it keeps its key while those stay the same.
    """

    key: str
    title: str
    description: str | None
    location: str | None
    url: str | None
    start: datetime
    end: datetime
    timezone: str
    all_day: bool
    cancelled: bool
    categories: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Problem:
    """Something that could not be read as sent; ``key`` None means the whole file."""

    key: str | None
    message: Message


@dataclass(frozen=True, slots=True)
class ParseResult:
    events: list[ImportedEvent]
    problems: list[Problem]
    readable: bool = (
        True  # False: the file itself could not be read, so it says nothing about its events
    )


class _Unreadable(Exception):
    """An event (or series) that must be left out, with the reason to report."""

    def __init__(self, reason: Message) -> None:
        super().__init__(reason.en)
        self.reason = reason


class _Report:
    """Events by key (first one wins) and problems without repeats, in the order found."""

    def __init__(self) -> None:
        self.events: dict[str, ImportedEvent] = {}
        self.problems: dict[tuple[str | None, Message], Problem] = {}

    def problem(self, key: str | None, message: Message) -> None:
        self.problems.setdefault((key, message), Problem(key, message))

    def left_out(self, key: str | None, what: Message, error: BaseException) -> None:
        """``what`` could not be read, for the reason ``error`` gives; the library's own words
        stay in the log, the department is told in its language."""
        if isinstance(error, _Unreadable):
            reason = error.reason
        else:
            log.info("import: %s %s: %s: %s", what.en, key, type(error).__name__, error)
            reason = Message("it is not valid iCalendar.", "它不是有效的 iCalendar 内容。")
        self.problem(key, Message(f"{what.en}: {reason.en}", f"{what.zh}：{reason.zh}"))

    def event(self, event: ImportedEvent) -> None:
        if event.key in self.events:
            self.problem(
                event.key,
                Message(
                    "Another event in the feed has the same key; left out.",
                    "日历中另有一个活动使用同一标识，此活动未导入。",
                ),
            )
        else:
            self.events[event.key] = event

    def result(self, *, readable: bool = True) -> ParseResult:
        return ParseResult(list(self.events.values()), list(self.problems.values()), readable)


def parse_calendar(
    data: bytes,
    *,
    default_zone: str = DEFAULT_TIMEZONE,
    horizon_start: datetime,
    horizon_end: datetime,
) -> ParseResult:
    """Occurrences of the feed's VEVENTs intersecting [horizon_start, horizon_end].

    Raises ValueError only for caller errors (unknown ``default_zone``, naive horizon); what is
    wrong with the feed comes back as problems.
    """
    fallback = zone(default_zone)
    if fallback is None:
        raise ValueError(f"default_zone {default_zone!r} is not an IANA time zone")
    if horizon_start.utcoffset() is None or horizon_end.utcoffset() is None:
        raise ValueError("horizon_start and horizon_end must be timezone-aware")
    report = _Report()
    try:
        components = Calendar.from_ical(data.removeprefix(_BOM), multiple=True)
    except Exception as error:
        report.left_out(None, Message("The file was not read", "文件未能读取"), error)
        return report.result(readable=False)
    calendars = [c for c in components if isinstance(c, Calendar)]
    if not calendars:
        report.problem(None, Message("The file holds no VCALENDAR.", "文件中没有 VCALENDAR 日历。"))
        return report.result(readable=False)
    for calendar in calendars:
        _CalendarImport(calendar, fallback, horizon_start, horizon_end, report).run()
    return report.result()


class _CalendarImport:
    """Reads one VCALENDAR: prepares each VEVENT, groups them by UID, expands each series."""

    def __init__(
        self,
        calendar: Calendar,
        fallback: ZoneInfo,
        horizon_start: datetime,
        horizon_end: datetime,
        report: _Report,
    ) -> None:
        self.calendar = calendar
        self.zone = self._calendar_zone(fallback, report)
        self.zones = FileZones(calendar)
        self.horizon = (horizon_start, horizon_end)
        self.report = report
        self.x_wr = x_wr_timezone.UTCChangingWalker(self.zone) if self.has_x_wr else None

    def _calendar_zone(self, fallback: ZoneInfo, report: _Report) -> ZoneInfo:
        """X-WR-TIMEZONE (Google, Apple) when it names a zone, else the caller's default."""
        declared = _first(self.calendar, "X-WR-TIMEZONE")
        found = iana_zone(declared) if declared else None
        self.has_x_wr = found is not None
        if declared and found is None:
            report.problem(
                None,
                Message(
                    f"X-WR-TIMEZONE {declared!r} is unknown; read in {fallback.key}.",
                    f"X-WR-TIMEZONE {declared!r} 无法识别，按 {fallback.key} 读取。",
                ),
            )
        return found or fallback

    def run(self) -> None:
        series: dict[str, list[Component]] = {}
        for event in self.calendar.walk("VEVENT"):
            uid = _uid(event)
            try:
                prepared = self._prepared(event)
            except Exception as error:
                self.report.left_out(uid, Message("Event left out", "活动未导入"), error)
            else:
                series.setdefault(uid, []).append(prepared)
        for tzid in sorted(self.zones.unknown):
            self.report.problem(
                None,
                Message(
                    f"TZID {tzid!r} is unknown; its times were read as floating.",
                    f"TZID {tzid!r} 无法识别，其时间按浮动时间读取。",
                ),
            )
        for uid, events in series.items():
            try:
                self._expand(uid, events)
            except Exception as error:
                self.report.left_out(uid, Message("Series left out", "重复活动未导入"), error)

    def _prepared(self, event: Component) -> Component:
        """The event with its zones resolved, checked enough that expansion can trust it."""
        self.zones.anchor(event)
        if self.x_wr is not None:
            event = self.x_wr.walk_event(event)
        if event.get("DTSTART") is None:
            raise _Unreadable(Message("it has no DTSTART.", "它没有 DTSTART。"))
        adapter = EventAdapter(event)
        start, end = make_comparable((adapter.raw_start, adapter.raw_end))
        if end < start:
            raise _Unreadable(Message("its end is before its start.", "它的结束早于开始。"))
        self._check_rules(event, _moment(event, "DTSTART"))
        return event

    def _check_rules(self, event: Component, start: date) -> None:
        """Refuse rules whose expansion would cost far more than any real session series."""
        rules = event.get("RRULE")
        for rule in rules if isinstance(rules, list) else [rules] if rules else []:
            freq = str(rule.get("FREQ", [""])[0]).upper()
            interval = int(rule.get("INTERVAL", [1])[0])
            if interval < 1:
                raise _Unreadable(
                    Message("its RRULE has an INTERVAL below 1.", "它的 RRULE 的 INTERVAL 小于 1。")
                )
            per_day = _RULE_STEPS_PER_DAY.get(freq, 1) / interval
            for part in ("BYHOUR", "BYMINUTE", "BYSECOND"):
                per_day *= max(len(rule.get(part, [])), 1)
            if per_day > MAX_OCCURRENCES_PER_DAY:
                raise _Unreadable(
                    Message(
                        f"its RRULE repeats up to {per_day:.0f} times a day.",
                        f"它的 RRULE 每天重复多达 {per_day:.0f} 次。",
                    )
                )
            days = (self.horizon[1].date() - _as_date(start)).days
            if days * max(per_day, 1) > MAX_RULE_STEPS:
                raise _Unreadable(
                    Message(
                        "its RRULE starts too long before the import horizon.",
                        "它的 RRULE 开始得比导入范围早太多。",
                    )
                )

    def _expand(self, uid: str, events: list[Component]) -> None:
        recurring = any(_is_recurring(event) for event in events)
        occurrences = Series([EventAdapter(event) for event in events]).between(*self.horizon)
        for index, occurrence in enumerate(occurrences):
            if index == MAX_OCCURRENCES_PER_SERIES:
                self.report.problem(
                    uid,
                    Message(
                        "Series cut after its first occurrences in the horizon.",
                        "重复活动只导入了导入范围内的前若干次。",
                    ),
                )
                return
            component = occurrence.as_component(False)
            key = self._key(uid, component) if recurring else uid
            try:
                self.report.event(self._event(key, uid, component))
            except Exception as error:
                self.report.left_out(key, Message("Occurrence left out", "此次活动未导入"), error)

    def _key(self, uid: str, component: Component) -> str:
        """uid|RECURRENCE-ID; after a RANGE=THISANDFUTURE override, which the library copies onto
        every later occurrence, the occurrence's own start stands in for it."""
        range_ = getattr(component.get("RECURRENCE-ID"), "params", {}).get("RANGE", "")
        this_and_future = str(range_).upper() == "THISANDFUTURE"
        recurrence_id = _moment(component, "DTSTART" if this_and_future else "RECURRENCE-ID")
        if isinstance(recurrence_id, datetime) and _is_all_day(component):
            recurrence_id = recurrence_id.date()  # Exchange writes all-day ones as midnights
        if isinstance(recurrence_id, datetime):
            moment = self._localized(recurrence_id).astimezone(UTC)
            return f"{uid}|{moment.strftime('%Y-%m-%dT%H:%M:%SZ')}"
        return f"{uid}|{recurrence_id.isoformat()}"

    def _event(self, key: str, uid: str, component: Component) -> ImportedEvent:
        start, end, zone_name, all_day = self._times(
            _moment(component, "DTSTART"), _moment(component, "DTEND")
        )
        text = _Text(uid, self.report)
        return ImportedEvent(
            key=key,
            title=text.title(_first(component, "SUMMARY")),
            description=text.limited("DESCRIPTION", _first(component, "DESCRIPTION"), clean_text),
            location=text.limited("LOCATION", _first(component, "LOCATION"), clean_line),
            url=text.url(_first(component, "URL")),
            start=start,
            end=end,
            timezone=zone_name,
            all_day=all_day,
            cancelled=(_first(component, "STATUS") or "").upper() == "CANCELLED",
            categories=_categories(component.get("CATEGORIES")),
        )

    def _times(self, start: date, end: date) -> tuple[datetime, datetime, str, bool]:
        """Aware (start, end, zone name, all_day), applying the end defaults documented above."""
        if not isinstance(start, datetime):
            last = end if not isinstance(end, datetime) and end > start else start + timedelta(1)
            return self._midnight(start), self._midnight(last), self.zone.key, True
        begin = self._localized(start)
        finish = self._localized(end if isinstance(end, datetime) else start)
        finish = finish.astimezone(begin.tzinfo)
        if finish <= begin:
            finish = begin + DEFAULT_DURATION
        assert isinstance(begin.tzinfo, ZoneInfo)
        return begin, finish, begin.tzinfo.key, False

    def _midnight(self, day: date) -> datetime:
        return datetime.combine(day, time(), self.zone)

    def _localized(self, moment: datetime) -> datetime:
        """Keep a real IANA zone; read floating times in, and show other zones as, ours."""
        if moment.tzinfo is None:
            return moment.replace(tzinfo=self.zone)
        if isinstance(moment.tzinfo, ZoneInfo) and moment.tzinfo.key != "UTC":
            return moment
        return moment.astimezone(self.zone)


class _Text:
    """Cleans one event's text fields the way posted events are cleaned, noting each change."""

    def __init__(self, uid: str, report: _Report) -> None:
        self.uid = uid
        self.report = report

    def title(self, raw: str | None) -> str:
        title = self.limited("SUMMARY", raw, clean_line)
        if title is None:
            self.report.problem(
                self.uid,
                Message(
                    f"No SUMMARY; titled {UNTITLED!r}.", f"没有 SUMMARY，标题记为 {UNTITLED!r}。"
                ),
            )
            return UNTITLED
        return title

    def limited(self, name: str, raw: str | None, clean: Callable[[str], str]) -> str | None:
        value = clean(raw) if raw else ""
        limit = _LIMITS[name]
        if len(value) > limit:
            self.report.problem(
                self.uid,
                Message(f"{name} cut to {limit} characters.", f"{name} 被截短为 {limit} 个字符。"),
            )
            value = value[: limit - 1].rstrip() + _ELLIPSIS
        return value or None

    def url(self, raw: str | None) -> str | None:
        value = clean_line(raw) if raw else ""
        parts = urlsplit(value)
        if value and (
            parts.scheme.lower() not in ("http", "https")
            or not parts.netloc
            or len(value) > MAX_URL
        ):
            self.report.problem(
                self.uid,
                Message(
                    "URL left out: not an http(s) URL within the limit.",
                    "URL 未导入：不是长度限制内的 http(s) 网址。",
                ),
            )
            return None
        return value or None


def _first(component: Component, name: str) -> str | None:
    """A text property's value; the first one when a feed repeats a single-valued property."""
    value = component.get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    return None if value is None else str(value)


def _moment(component: Component, name: str) -> date:
    """A DATE or DATE-TIME property's value (a datetime is a date too)."""
    value = getattr(component.get(name), "dt", None)
    if not isinstance(value, date):
        raise _Unreadable(
            Message(f"its {name} is not a date or date-time.", f"它的 {name} 不是日期或日期时间。")
        )
    return value


def _is_all_day(component: Component) -> bool:
    return not isinstance(_moment(component, "DTSTART"), datetime)


def _uid(event: Component) -> str:
    uid = clean_line(_first(event, "UID") or "")
    if uid:
        return uid
    raw = [_first(event, "SUMMARY") or "", _raw_start(event), _first(event, "LOCATION") or ""]
    return "import-" + hashlib.sha256("\x1f".join(raw).encode()).hexdigest()[:32]


def _raw_start(event: Component) -> str:
    """DTSTART as written (wall clock and TZID), before any zone is applied to it."""
    prop = event.get("DTSTART")
    try:
        return f"{prop.params.get('TZID', '')}:{prop.to_ical().decode()}"
    except Exception:
        return ""


def _is_recurring(event: Component) -> bool:
    return any(name in event for name in ("RRULE", "RDATE", "RECURRENCE-ID"))


def _categories(values: Any) -> tuple[str, ...]:
    names: list[str] = []
    for prop in values if isinstance(values, list) else [values] if values else []:
        names.extend(clean_line(str(name)) for name in getattr(prop, "cats", []))
    return tuple(dict.fromkeys(name for name in names if name))


def _as_date(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


__all__ = ["ImportedEvent", "ParseResult", "Problem", "parse_calendar"]
