"""Domain errors: a stable code, the field at fault, and a sentence in Chinese and English.

Services refuse by raising ``DomainError``; the doors (GraphQL, feeds, the command
line) choose the language their caller reads and turn it into ``userErrors``, a GraphQL
error or an HTTP answer.
"""

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
    CANCELLED = "CANCELLED"
    FORBIDDEN_ADDRESS = "FORBIDDEN_ADDRESS"
    INVALID_RECURRENCE = "INVALID_RECURRENCE"
    BAD_USER_INPUT = "BAD_USER_INPUT"
    FULL = "FULL"
    CLOSED = "CLOSED"
    TOO_EARLY = "TOO_EARLY"
    INVALID_TRANSITION = "INVALID_TRANSITION"


class Language(Enum):
    ZH = "zh-CN"
    EN = "en"


@dataclass(frozen=True, slots=True)
class Message:
    """A sentence for a person, in both languages county staff and enterprises read."""

    en: str
    zh: str

    def text(self, language: Language) -> str:
        return self.zh if language is Language.ZH else self.en


def negotiate(accept_language: str | None, default: Language) -> Language:
    """The language an ``Accept-Language`` header prefers among ours (RFC 9110 weights).

    Any ``zh`` range counts as Chinese and any ``en`` range as English; without a usable
    preference the server's default answers.
    """
    best: tuple[float, Language] | None = None
    for part in (accept_language or "").split(","):
        tag, _, params = part.strip().partition(";")
        primary = tag.strip().lower().split("-")[0]
        language = {"zh": Language.ZH, "en": Language.EN}.get(primary)
        weight = _weight(params)
        if language is not None and weight > 0 and (best is None or weight > best[0]):
            best = (weight, language)  # of equal weights, the first listed wins
    return best[1] if best else default


def _weight(params: str) -> float:
    for param in params.split(";"):
        name, _, value = param.strip().partition("=")
        if name.strip().lower() == "q":
            try:
                return min(max(float(value), 0.0), 1.0)
            except ValueError:
                return 0.0
    return 1.0


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a request; ``field`` is the path of the offending input."""

    code: ErrorCode
    message: Message
    field: tuple[str, ...] | None = None


class DomainError(Exception):
    """Raised by a service to refuse a request; the transaction rolls back, nothing is stored."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("; ".join(problem.message.en for problem in problems))
        self.problems = tuple(problems)

    @classmethod
    def single(
        cls, code: ErrorCode, message: Message, field: tuple[str, ...] | None = None
    ) -> DomainError:
        return cls([Problem(code, message, field)])
