"""Conditional GETs (RFC 9110 §13): whether the copy a client holds is still current."""

from __future__ import annotations

from datetime import datetime
from email.utils import parsedate_to_datetime

from starlette.requests import Request


def not_modified(request: Request, etag: str, last_modified: datetime | None = None) -> bool:
    """If-None-Match wins; If-Modified-Since counts only without it, and only for answers
    that have a last modification time."""
    if_none_match = request.headers.get("if-none-match")
    if if_none_match is not None:
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in tags or etag in tags
    if_modified_since = request.headers.get("if-modified-since")
    if if_modified_since is None or last_modified is None:
        return False
    try:
        return last_modified.replace(microsecond=0) <= parsedate_to_datetime(if_modified_since)
    except (TypeError, ValueError):
        return False
