"""Domain errors with stable codes, which the API layer turns into ``userErrors``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum


class ErrorCode(Enum):
    REQUIRED = "REQUIRED"
    INVALID = "INVALID"
    TOO_LONG = "TOO_LONG"
    TOO_MANY = "TOO_MANY"
    INVALID_URL = "INVALID_URL"
    INVALID_TIMEZONE = "INVALID_TIMEZONE"
    END_BEFORE_START = "END_BEFORE_START"
    TAKEN = "TAKEN"
    NOT_FOUND = "NOT_FOUND"
    FORBIDDEN = "FORBIDDEN"
    UNAUTHENTICATED = "UNAUTHENTICATED"
    STALE_SEQUENCE = "STALE_SEQUENCE"
    FORBIDDEN_ADDRESS = "FORBIDDEN_ADDRESS"
    INVALID_RECURRENCE = "INVALID_RECURRENCE"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a request; ``field`` is the path of the offending input."""

    code: ErrorCode
    message: str
    field: tuple[str, ...] | None = None


class DomainError(Exception):
    """Raised by a service to refuse a request; the transaction rolls back, nothing is stored."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("; ".join(problem.message for problem in problems))
        self.problems = tuple(problems)

    @classmethod
    def single(
        cls, code: ErrorCode, message: str, field: tuple[str, ...] | None = None
    ) -> DomainError:
        return cls([Problem(code, message, field)])
