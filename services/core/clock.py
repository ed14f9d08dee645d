"""The current time, in one place so every stored timestamp is aware UTC at second precision."""

from datetime import UTC, datetime


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)
