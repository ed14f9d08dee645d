"""Checks and normalisation of what departments send, collecting every problem at once."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from services.core.errors import DomainError, ErrorCode, Message, Problem
from services.core.kinds import EventKind

KINDS = tuple(kind.value for kind in EventKind)
DEFAULT_TIMEZONE = "Asia/Shanghai"
MAX_TITLE = 200
MAX_DESCRIPTION = 10_000
MAX_LOCATION = 500
MAX_URL = 2_000
MAX_TOPICS = 20
MAX_AUDIENCE_VALUES = 50
MAX_TAG = 100
MAX_EXTERNAL_ID = 200
MAX_CAPACITY = 1_000_000
MAX_DURATION = timedelta(days=31)
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 1, 1, tzinfo=UTC)

# Lone surrogates too: JSON can carry them, but no database can store them as UTF-8. And the
# invisible format characters (Unicode Cf): bidirectional overrides such as U+202E make a
# title read backwards in calendar apps, zero-width ones make two equal titles differ.
_CONTROL = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff"
    + "".join(chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf")
    + "]"
)
_UNSTORABLE = re.compile(r"[\x00\ud800-\udfff]")
_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")
_SLUG = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,62})")
# What an HTML parser reads as the start of a tag, a comment or a declaration ("<b", "</p",
# "<!--", "<!DOCTYPE", "<?xml"); a "<" before anything else ("人数<10", "a < b") is text.
_MARKUP = re.compile(r"<(?:/?[A-Za-z]|!|\?)")


def clean_line(value: str) -> str:
    """One line of text: NFC, no control characters, line breaks folded to spaces."""
    return _CONTROL.sub("", _LINE_BREAKS.sub(" ", unicodedata.normalize("NFC", value))).strip()


def clean_text(value: str) -> str:
    """Free text: NFC, no control characters except line breaks and tabs, CRLF made LF."""
    text = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text).strip()


def storable(text: str) -> bool:
    """Whether a database can hold, or compare with, this text as it is: PostgreSQL refuses
    NUL characters and UTF-8 has no lone surrogates. Text that is not can match nothing stored."""
    return _UNSTORABLE.search(text) is None


def within_range(moment: datetime) -> bool:
    """Times civical keeps (1970 to 2200): far enough for any calendar, and safe for the
    window arithmetic that reaches a month or a year beyond them."""
    return EARLIEST <= moment <= LATEST


def zone(name: str) -> ZoneInfo | None:
    """The IANA zone of that name, or None when there is no such zone."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


@dataclass(frozen=True, slots=True)
class RawEvent:
    """An event's fields as a client sent them (or as merged onto a stored event for an update)."""

    kind: str | None
    title: str | None
    description: str | None
    start: datetime | None
    end: datetime | None
    timezone: str | None
    location: str | None
    online_url: str | None
    topics: Sequence[str] | None
    sectors: Sequence[str] | None
    regions: Sequence[str] | None
    capacity: int | None
    registration_url: str | None


@dataclass(frozen=True, slots=True)
class EventFields:
    """Validated, normalised event fields, ready to store."""

    kind: str
    title: str
    description: str | None
    start: datetime
    end: datetime
    timezone: str
    location: str | None
    online_url: str | None
    topics: list[str]
    sectors: list[str]
    regions: list[str]
    capacity: int | None
    registration_url: str | None


class Canon(Protocol):
    """What the values of one facet stand for (``services.vocabularies`` answers)."""

    def resolve(self, value: str) -> str | None:
        """The canonical value; "" when the value restricts nothing (a region that is the
        whole county); None when the value is refused."""

    def refusal(self, values: Iterable[str]) -> Message:
        """Why these values are refused, and what is accepted instead."""


@dataclass(frozen=True, slots=True)
class Canons:
    """The canons of an event's topics, sectors and regions; None keeps values as written."""

    topics: Canon | None = None
    sectors: Canon | None = None
    regions: Canon | None = None


def _no_markup(field: str) -> Message:
    return Message(
        f"{field} must be plain text, without HTML tags.", f"{field} 须为纯文本，不能含 HTML 标签。"
    )


class Collector:
    """Gathers problems under a field path prefix so a client sees all of them in one answer."""

    def __init__(self, prefix: tuple[str, ...]) -> None:
        self.prefix = prefix
        self.problems: list[Problem] = []

    def add(self, field: str, code: ErrorCode, message: Message) -> None:
        """Record a problem of ``field`` (a dotted path below the prefix, e.g. ``audience.sectors``)."""
        self.problems.append(Problem(code, message, (*self.prefix, *field.split("."))))

    def line(
        self, field: str, value: str | None, limit: int, *, required: bool = False
    ) -> str | None:
        return self._text(field, clean_line(value) if value is not None else "", limit, required)

    def prose(
        self, field: str, value: str | None, limit: int, *, required: bool = False
    ) -> str | None:
        """Text a person writes to another (a complaint, an answer, a comment): line breaks
        kept, no markup, so nothing written here is ever read as HTML by whoever shows it."""
        cleaned = clean_text(value) if value is not None else ""
        return self._plain(field, self._text(field, cleaned, limit, required), limit)

    def plain_line(
        self, field: str, value: str | None, limit: int, *, required: bool = False
    ) -> str | None:
        """One line of text without markup (a contact's name)."""
        return self._plain(field, self.line(field, value, limit, required=required), limit)

    def _text(self, field: str, cleaned: str, limit: int, required: bool) -> str | None:
        """Cleaned text, or None when empty; a problem when it is missing or too long."""
        if not cleaned:
            if required:
                self.add(
                    field,
                    ErrorCode.REQUIRED,
                    Message(f"{field} must not be empty.", f"{field} 不能为空。"),
                )
            return None
        if len(cleaned) > limit:
            self.add(
                field,
                ErrorCode.TOO_LONG,
                Message(
                    f"{field} is {len(cleaned)} characters; at most {limit}.",
                    f"{field} 有 {len(cleaned)} 个字符，最多 {limit} 个。",
                ),
            )
        return cleaned

    def _plain(self, field: str, cleaned: str | None, limit: int) -> str | None:
        """A problem when text of a fitting length holds markup (one problem per fault)."""
        if cleaned and len(cleaned) <= limit and _MARKUP.search(cleaned):
            self.add(field, ErrorCode.INVALID, _no_markup(field))
        return cleaned

    def url(self, field: str, value: str | None) -> str | None:
        cleaned = clean_line(value) if value is not None else ""
        if not cleaned:
            return None
        parts = urlsplit(cleaned)
        if (
            parts.scheme.lower() not in ("http", "https")
            or not parts.netloc
            or any(c.isspace() for c in cleaned)
        ):
            self.add(
                field,
                ErrorCode.INVALID_URL,
                Message(
                    f"{field} must be an http or https URL.", f"{field} 须为 http 或 https 网址。"
                ),
            )
        elif len(cleaned) > MAX_URL:
            self.add(
                field,
                ErrorCode.TOO_LONG,
                Message(
                    f"{field} is longer than {MAX_URL} characters.",
                    f"{field} 超过 {MAX_URL} 个字符。",
                ),
            )
        return cleaned

    def tags(self, field: str, values: Sequence[str] | None, limit: int) -> list[str]:
        unique = list(dict.fromkeys(t for t in (clean_line(v) for v in values or ()) if t))
        if len(unique) > limit:
            self.add(
                field,
                ErrorCode.TOO_MANY,
                Message(
                    f"{field} has {len(unique)} entries; at most {limit}.",
                    f"{field} 有 {len(unique)} 项，最多 {limit} 项。",
                ),
            )
        if any(len(tag) > MAX_TAG for tag in unique):
            self.add(
                field,
                ErrorCode.TOO_LONG,
                Message(
                    f"Each of {field} is at most {MAX_TAG} characters.",
                    f"{field} 的每一项最多 {MAX_TAG} 个字符。",
                ),
            )
        return unique

    def terms(
        self, field: str, values: Sequence[str] | None, limit: int, canon: Canon | None
    ) -> list[str]:
        """Tags made canonical, less those that restrict nothing; the values a canon refuses
        make one problem for the field."""
        cleaned = self.tags(field, values, limit)
        if canon is None:
            return cleaned
        checked = [value for value in cleaned if len(value) <= MAX_TAG]  # one problem per fault
        resolved = [canon.resolve(value) for value in checked]
        unknown = [value for value, found in zip(checked, resolved, strict=True) if found is None]
        if unknown:
            self.add(field, ErrorCode.INVALID, canon.refusal(unknown))
        return list(dict.fromkeys(found for found in resolved if found))

    def raise_if_any(self) -> None:
        if self.problems:
            raise DomainError(self.problems)


def _aware(moment: datetime, tz: ZoneInfo | None) -> datetime:
    """A time without an offset is read as wall-clock time in the event's zone."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment.replace(tzinfo=tz) if tz else moment
    return moment


def validate_event(
    raw: RawEvent, prefix: tuple[str, ...] = ("input",), canons: Canons = Canons()
) -> EventFields:
    check = Collector(prefix)
    kind = (raw.kind or "").upper()
    if kind not in KINDS:
        check.add(
            "kind",
            ErrorCode.INVALID,
            Message(
                f"kind must be one of {', '.join(KINDS)}.", f"kind 须为 {'、'.join(KINDS)} 之一。"
            ),
        )
    title = check.line("title", raw.title, MAX_TITLE, required=True)
    description = (clean_text(raw.description) if raw.description else None) or None
    if description and len(description) > MAX_DESCRIPTION:
        check.add(
            "description",
            ErrorCode.TOO_LONG,
            Message(
                f"description is at most {MAX_DESCRIPTION} characters.",
                f"description 最多 {MAX_DESCRIPTION} 个字符。",
            ),
        )
    timezone = clean_line(raw.timezone) if raw.timezone else DEFAULT_TIMEZONE
    tz = zone(timezone)
    if tz is None:
        check.add(
            "timezone",
            ErrorCode.INVALID_TIMEZONE,
            Message(f"{timezone!r} is not an IANA time zone.", f"{timezone!r} 不是 IANA 时区名。"),
        )
    if raw.start is None:
        check.add("start", ErrorCode.REQUIRED, Message("start is required.", "start 为必填项。"))
    if raw.end is None:
        check.add("end", ErrorCode.REQUIRED, Message("end is required.", "end 为必填项。"))
    start = _aware(raw.start, tz) if raw.start else None
    end = _aware(raw.end, tz) if raw.end else None
    if start and end and start.tzinfo and end.tzinfo:
        if not (within_range(start) and within_range(end)):
            check.add(
                "start",
                ErrorCode.INVALID,
                Message(
                    "Events take place between 1970 and 2200.",
                    "活动时间须在 1970 年至 2200 年之间。",
                ),
            )
        elif end <= start:
            check.add(
                "end",
                ErrorCode.END_BEFORE_START,
                Message("end must be after start.", "结束时间须晚于开始时间。"),
            )
        elif end - start > MAX_DURATION:
            check.add(
                "end",
                ErrorCode.INVALID,
                Message(
                    f"An event lasts at most {MAX_DURATION.days} days.",
                    f"一场活动最长 {MAX_DURATION.days} 天。",
                ),
            )
    capacity = raw.capacity
    if capacity is not None and not 0 < capacity <= MAX_CAPACITY:
        check.add(
            "capacity",
            ErrorCode.INVALID,
            Message(
                f"capacity must be between 1 and {MAX_CAPACITY}.",
                f"capacity 须在 1 到 {MAX_CAPACITY} 之间。",
            ),
        )
    fields = EventFields(
        kind=kind,
        title=title or "",
        description=description,
        start=start or datetime.min,
        end=end or datetime.min,
        timezone=timezone,
        location=check.line("location", raw.location, MAX_LOCATION),
        online_url=check.url("onlineUrl", raw.online_url),
        topics=check.terms("topics", raw.topics, MAX_TOPICS, canons.topics),
        sectors=check.terms("audience.sectors", raw.sectors, MAX_AUDIENCE_VALUES, canons.sectors),
        regions=check.terms("audience.regions", raw.regions, MAX_AUDIENCE_VALUES, canons.regions),
        capacity=capacity,
        registration_url=check.url("registrationUrl", raw.registration_url),
    )
    check.raise_if_any()
    return fields


def validate_external_id(value: str | None, prefix: tuple[str, ...] = ("input",)) -> str | None:
    if value is None:
        return None
    check = Collector(prefix)
    cleaned = check.line("externalId", value, MAX_EXTERNAL_ID, required=True)
    check.raise_if_any()
    return cleaned


def validate_department(
    slug: str, name: str, prefix: tuple[str, ...] = ("input",)
) -> tuple[str, str]:
    check = Collector(prefix)
    slug = slug.strip().lower()
    if not _SLUG.fullmatch(slug):
        check.add(
            "slug",
            ErrorCode.INVALID,
            Message(
                "slug is 1 to 63 lowercase letters, digits or hyphens, starting with a letter or digit.",
                "slug 为 1 到 63 个小写字母、数字或连字符，以字母或数字开头。",
            ),
        )
    clean_name = check.line("name", name, 200, required=True)
    check.raise_if_any()
    assert clean_name is not None
    return slug, clean_name
