"""Cursor connections and time windows, shared by every list the API returns."""

from __future__ import annotations

import base64
import binascii
from datetime import datetime

import strawberry
from graphql import GraphQLError

from schema.ids import MAX_KEY
from services.calendar import MAX_PAGE
from services.validation import DEFAULT_TIMEZONE, within_range, zone

DEFAULT_PAGE = 100


@strawberry.type
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


def bad_input(message: str) -> GraphQLError:
    return GraphQLError(message, extensions={"code": "BAD_USER_INPUT"})


def encode_cursor(moment: datetime, key: int) -> str:
    return base64.urlsafe_b64encode(f"{moment.isoformat()}|{key}".encode()).decode()


def decode_cursor(cursor: str) -> tuple[datetime, int]:
    """A cursor's (start, key); a forged one that no query could compare with is refused."""
    refusal = bad_input("`after` is not a cursor this server gave out.")
    try:
        text, _, key = base64.urlsafe_b64decode(cursor.encode()).decode().partition("|")
        moment = datetime.fromisoformat(text)
        if moment.tzinfo is None or not within_range(moment) or int(key) > MAX_KEY:
            raise refusal
        return moment, int(key)
    except (binascii.Error, UnicodeDecodeError, ValueError) as error:
        raise refusal from error


def check_first(first: int) -> int:
    if not 0 <= first <= MAX_PAGE:
        raise bad_input(f"`first` must be between 0 and {MAX_PAGE}.")
    return first


def window(start: datetime, end: datetime) -> tuple[datetime, datetime]:
    """Aware bounds (a time without offset is read in the default zone), end after start."""
    default = zone(DEFAULT_TIMEZONE)
    start, end = (
        moment if moment.tzinfo else moment.replace(tzinfo=default) for moment in (start, end)
    )
    if end <= start:
        raise bad_input("`to` must be after `from`.")
    if not (within_range(start) and within_range(end)):
        raise bad_input("`from` and `to` must lie between 1970 and 2200.")
    return start, end
