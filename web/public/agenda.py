"""The agenda page's address and what it shows: the period, the days, the links between views.

The page takes the feed's parameters (filters, `from`, `to`) and two of its own: `lang`
(the language switch) and `after` (the next page of a long list). Every link keeps the
filters, so a URL someone shares shows the view they saw.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from services.calendar.views import SessionView
from services.core.errors import DomainError, ErrorCode, Language, Message
from services.core.validation import DEFAULT_TIMEZONE, zone
from web.queries import FILTERS, WINDOW

LANGUAGES = {"zh": Language.ZH, "en": Language.EN}
OWN = ("lang", "after")
# What WeChat appends to a link shared in a chat or Moments; dropped, not refused.
SHARE_MARKS = {
    "isappinstalled": None,
    "from": frozenset({"singlemessage", "groupmessage", "timeline"}),
}
COUNTY = ZoneInfo(DEFAULT_TIMEZONE)


def shared_marks_dropped(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """The query without the marks a chat app adds to a shared link."""
    kept = []
    for name, value in pairs:
        if name in SHARE_MARKS:
            values = SHARE_MARKS[name]
            if values is None or value in values:
                continue
        kept.append((name, value))
    return kept


def language_of(text: str | None) -> Language | None:
    if text is None:
        return None
    if text not in LANGUAGES:
        raise DomainError.single(
            ErrorCode.BAD_USER_INPUT,
            Message(
                f"Unknown language {text!r}: use lang=zh or lang=en.",
                f"未知的语言 {text!r}：请使用 lang=zh 或 lang=en。",
            ),
        )
    return LANGUAGES[text]


@dataclass(frozen=True, slots=True)
class AgendaQuery:
    """The page's parameters as given, filters in their order, empty values left out."""

    filters: tuple[tuple[str, str], ...] = ()
    start: str | None = None
    end: str | None = None
    after: str | None = None
    lang: str | None = None

    @classmethod
    def of(cls, pairs: Iterable[tuple[str, str]]) -> AgendaQuery:
        given = [(name, value) for name, value in pairs if value.strip()]
        last: Mapping[str, str] = dict(given)
        return cls(
            filters=tuple((name, value) for name, value in given if name in FILTERS),
            start=last.get(WINDOW[0]),
            end=last.get(WINDOW[1]),
            after=last.get("after"),
            lang=last.get("lang"),
        )

    def pairs(self) -> list[tuple[str, str]]:
        window = [(name, value) for name, value in zip(WINDOW, (self.start, self.end), strict=True)]
        own = [("after", self.after), ("lang", self.lang)]
        return [*self.filters, *((n, v) for n, v in [*window, *own] if v is not None)]

    def href(self, path: str = "/", **changes: object) -> str:
        """A link to the agenda with ``changes``; a new view starts at its first page."""
        query = replace(self, **({"after": None} | changes))  # type: ignore[arg-type]
        encoded = urlencode(query.pairs())
        return f"{path}?{encoded}" if encoded else path

    def filter_query(self) -> str:
        """The filters alone, as the feed of this view takes them."""
        return urlencode(self.filters)

    def without(self, path: str, name: str, value: str) -> str:
        """The same view without one filter value."""
        return self.href(
            path, filters=tuple(pair for pair in self.filters if pair != (name, value))
        )

    def lang_suffix(self) -> str:
        """What a link to another page adds to keep the chosen language."""
        return f"?lang={self.lang}" if self.lang else ""


def today_in_county(moment: datetime) -> date:
    return moment.astimezone(COUNTY).date()


def midnight(day: date) -> datetime:
    """The start of a county day, in UTC as stored times are."""
    return datetime.combine(day, datetime.min.time(), COUNTY).astimezone(UTC)


def _next_month(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1)


def _plain_date(text: str | None) -> date | None:
    if text is None or len(text) != 10:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Period:
    """Which view the window is: upcoming (the feed's own window), a week, a month, or dates."""

    span: str
    first: date  # the first day shown; today for the upcoming view
    end: date | None = None  # the day after the last one shown

    @classmethod
    def of(cls, query: AgendaQuery, today: date) -> Period:
        if query.start is None and query.end is None:
            return cls("upcoming", today)
        first, end = _plain_date(query.start), _plain_date(query.end)
        if first is None or end is None:
            return cls("range", first or today, end)
        if first.weekday() == 0 and end == first + timedelta(days=7):
            return cls("week", first, end)
        if first.day == 1 and end == _next_month(first):
            return cls("month", first, end)
        return cls("range", first, end)

    def anchor(self, today: date) -> date:
        """The day a switch to a week or a month keeps in view."""
        if self.end is not None and self.first <= today < self.end:
            return today
        return self.first

    @staticmethod
    def week(day: date) -> tuple[date, date]:
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=7)

    @staticmethod
    def month(day: date) -> tuple[date, date]:
        first = day.replace(day=1)
        return first, _next_month(first)

    def neighbours(self) -> tuple[tuple[date, date], tuple[date, date]] | None:
        """The previous and next week or month, for a week or month view."""
        if self.span == "week":
            return self.week(self.first - timedelta(days=7)), self.week(
                self.first + timedelta(days=7)
            )
        if self.span == "month":
            previous = (self.first - timedelta(days=1)).replace(day=1)
            return self.month(previous), self.month(_next_month(self.first))
        return None


@dataclass(frozen=True, slots=True)
class Day:
    day: date
    sessions: tuple[SessionView, ...]


def local(moment: datetime, timezone: str) -> datetime:
    """A stored time in the session's own zone (the county's, should the zone be unknown)."""
    return moment.astimezone(zone(timezone) or COUNTY)


def by_day(sessions: Iterable[SessionView]) -> list[Day]:
    """Sessions (in start order) under the local day each starts on."""
    days: dict[date, list[SessionView]] = {}
    for session in sessions:
        days.setdefault(local(session.start, session.timezone).date(), []).append(session)
    return [Day(day, tuple(listed)) for day, listed in days.items()]


def cursor(session: SessionView) -> str:
    """Where the next page starts: after this session, in (start, key) order."""
    text = f"{session.start.astimezone(UTC).isoformat()}|{session.key}"
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


_BAD_CURSOR = Message(
    "`after` is not a place in this list: follow the page's own link.",
    "`after` 不是列表中的位置：请使用页面上的链接。",
)


def position(text: str) -> tuple[datetime, int]:
    """The (start, key) a cursor names; refused when it names nothing."""
    try:
        decoded = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode()
        start, key = decoded.split("|")
        moment = datetime.fromisoformat(start)
        if moment.tzinfo is None:
            raise ValueError(start)
        return moment.astimezone(UTC), int(key)
    except (ValueError, binascii.Error, UnicodeDecodeError) as error:
        raise DomainError.single(ErrorCode.BAD_USER_INPUT, _BAD_CURSOR, ("after",)) from error
