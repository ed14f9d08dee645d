"""Cursor connections, shared by every list the API returns."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from datetime import datetime
from typing import Annotated, Protocol

import strawberry

from schema import ids
from schema.ids import MAX_KEY
from services.calendar.reads import MAX_PAGE
from services.core.errors import DomainError, ErrorCode, Message
from services.core.validation import within_range

DEFAULT_PAGE = 100

# The arguments every windowed list takes, described once.
From = Annotated[
    datetime,
    strawberry.argument(
        name="from", description="Window start; a time without offset is read in Asia/Shanghai."
    ),
]
To = Annotated[datetime, strawberry.argument(description="Window end (exclusive).")]
First = Annotated[int, strawberry.argument(description=f"Page size, at most {MAX_PAGE}.")]
After = Annotated[
    str | None, strawberry.argument(description="The `endCursor` of the previous page.")
]
_FORGED = Message(
    "`after` is not a cursor this server gave out.", "`after` 不是本服务器给出的游标。"
)


@strawberry.type(description="Where a page stands in the whole list.")
class PageInfo:
    has_next_page: bool = strawberry.field(description="Whether more items follow this page.")
    end_cursor: str | None = strawberry.field(
        description="Pass as `after` for the next page; null on an empty page."
    )


class HasCursor(Protocol):
    cursor: str


def page_info(edges: Sequence[HasCursor], has_next: bool) -> PageInfo:
    """Where a page of these edges stands: its last cursor, and whether more follow."""
    return PageInfo(has_next_page=has_next, end_cursor=edges[-1].cursor if edges else None)


def bad_input(message: Message) -> DomainError:
    """A query argument out of range, answered as a GraphQL error with code BAD_USER_INPUT."""
    return DomainError.single(ErrorCode.BAD_USER_INPUT, message)


def forged_cursor() -> DomainError:
    return bad_input(_FORGED)


def key_after(type_name: str, after: str | None) -> int | None:
    """The key in an ``after`` cursor that is the global id of the last item shown (lists in
    key order use those), or None for the first page; a forged one is refused."""
    if after is None:
        return None
    key = ids.decode_as(type_name, after)
    if key is None:
        raise forged_cursor()
    return key


def encode_cursor(moment: datetime, key: int) -> str:
    return base64.urlsafe_b64encode(f"{moment.isoformat()}|{key}".encode()).decode()


def decode_cursor(cursor: str) -> tuple[datetime, int]:
    """A cursor's (start, key); a forged one that no query could compare with is refused."""
    try:
        text, _, key = base64.urlsafe_b64decode(cursor.encode()).decode().partition("|")
        moment = datetime.fromisoformat(text)
    except (binascii.Error, UnicodeDecodeError, ValueError) as error:
        raise forged_cursor() from error
    if moment.tzinfo is None or not within_range(moment) or not key.isdigit() or int(key) > MAX_KEY:
        raise forged_cursor()
    return moment, int(key)


def check_first(first: int) -> int:
    if not 0 <= first <= MAX_PAGE:
        raise bad_input(
            Message(
                f"`first` must be between 0 and {MAX_PAGE}.", f"`first` 须在 0 到 {MAX_PAGE} 之间。"
            )
        )
    return first
