"""Hostile input shared by the fuzzing and its regressions."""

from __future__ import annotations

import base64
from typing import Any

from services.core.errors import ErrorCode

# What PostgreSQL, and UTF-8, cannot store.
NUL, SURROGATE = "\x00", "\ud800"

# The codes of the API's documented refusals: an error carrying one is an answer.
REFUSALS = frozenset({code.value for code in ErrorCode} | {"BAD_USER_INPUT"})


def forged_cursor(text: str) -> str:
    """A cursor as the API encodes one, around any text."""
    return base64.urlsafe_b64encode(text.encode()).decode()


def error_code(error: Any) -> object:
    return (error.get("extensions") or {}).get("code")
