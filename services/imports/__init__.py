"""Pulling departments' published ICS feeds: fetching them safely and reading their events."""

from services.imports.fetch import (
    Allowlist,
    Fetched,
    FetchError,
    check_url,
    fetch,
    guarded_transport,
)
from services.imports.parse import ImportedEvent, ParseResult, Problem, parse_calendar

__all__ = [
    "Allowlist",
    "FetchError",
    "Fetched",
    "ImportedEvent",
    "ParseResult",
    "Problem",
    "check_url",
    "fetch",
    "guarded_transport",
    "parse_calendar",
]
