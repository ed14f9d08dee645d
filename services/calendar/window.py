"""The time window a question covers, checked the same way for GraphQL and for feeds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from services.core.errors import DomainError, ErrorCode, Message
from services.core.validation import DEFAULT_TIMEZONE, within_range, zone

FEED_PAST = timedelta(days=30)
FEED_AHEAD = timedelta(days=365)


def _refused(message: Message) -> DomainError:
    return DomainError.single(ErrorCode.BAD_USER_INPUT, message)


def _aware(moment: datetime) -> datetime:
    """A time without an offset is read in the default zone."""
    return moment if moment.tzinfo else moment.replace(tzinfo=zone(DEFAULT_TIMEZONE))


def window(start: datetime, end: datetime) -> tuple[datetime, datetime]:
    """Aware bounds between 1970 and 2200, ``end`` after ``start``."""
    start, end = _aware(start), _aware(end)
    if end <= start:
        raise _refused(Message("`to` must be after `from`.", "`to` 须晚于 `from`。"))
    if not (within_range(start) and within_range(end)):
        raise _refused(
            Message(
                "`from` and `to` must lie between 1970 and 2200.",
                "`from` 和 `to` 须在 1970 年至 2200 年之间。",
            )
        )
    return start, end


def moment(name: str, text: str) -> datetime:
    """A bound written in a URL: an ISO 8601 date or time."""
    try:
        return _aware(datetime.fromisoformat(text))
    except ValueError as error:
        raise _refused(
            Message(
                f"`{name}` must be an ISO 8601 date or time, not {text!r}.",
                f"`{name}` 须为 ISO 8601 日期或时间，而不是 {text!r}。",
            )
        ) from error


def feed_window(
    today: datetime, start: datetime | None = None, end: datetime | None = None
) -> tuple[datetime, datetime]:
    """A feed's window: 30 days back to 12 months ahead unless given, in whole UTC days so a
    day's polls share one feed."""
    midnight = today.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return window(start or midnight - FEED_PAST, end or midnight + FEED_AHEAD)
