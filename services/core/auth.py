"""Bearer tokens and the principals they stand for.

Tokens carry 256 random bits and are stored only as SHA-256 digests: a leaked
database does not leak a working token, and a lookup is one indexed equality.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from services.core.clock import now
from services.core.errors import DomainError, ErrorCode, Message
from services.core.models import Department, Enterprise, RetiredToken, Secret

_COORDINATOR_SECRET = "coordinator_token_hash"


class Role(Enum):
    ANONYMOUS = "ANONYMOUS"
    COORDINATOR = "COORDINATOR"
    DEPARTMENT = "DEPARTMENT"
    ENTERPRISE = "ENTERPRISE"


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is asking; ``key`` is the department's or enterprise's id for those roles."""

    role: Role
    key: int | None = None

    @property
    def department_id(self) -> int | None:
        return self.key if self.role is Role.DEPARTMENT else None

    @property
    def enterprise_id(self) -> int | None:
        return self.key if self.role is Role.ENTERPRISE else None

    @property
    def cache_key(self) -> str:
        """What makes two callers see the same answers (used by response caches)."""
        return f"{self.role.value}:{self.key or ''}"

    def require_coordinator(self) -> None:
        if self.role is Role.ANONYMOUS:
            raise DomainError.single(
                ErrorCode.UNAUTHENTICATED,
                Message("Sign in with the coordinator token.", "请使用协调员令牌登录。"),
            )
        if self.role is not Role.COORDINATOR:
            raise DomainError.single(
                ErrorCode.FORBIDDEN,
                Message("Only the coordinator may do this.", "只有协调员可以这样做。"),
            )


ANONYMOUS = Principal(Role.ANONYMOUS)


def require_owner(
    principal: Principal, owner_key: int | None, *, owner_role: Role, what: Message
) -> None:
    """The coordinator, or the department or enterprise ``owner_key`` names, may act on a record.

    Anyone else learns only that there is no such record of theirs (``owner_key`` None
    means the record does not exist), so ids of other owners' records reveal nothing.
    """
    if principal.role is Role.COORDINATOR and owner_key is not None:
        return
    if principal.role is owner_role and owner_key is not None and principal.key == owner_key:
        return
    if principal.role is Role.ANONYMOUS:
        raise DomainError.single(
            ErrorCode.UNAUTHENTICATED,
            Message(
                f"A {owner_role.value.lower()} token is needed for this {what.en}.",
                f"操作此{what.zh}需要{_ROLE_NAMES[owner_role]}令牌。",
            ),
        )
    raise DomainError.single(
        ErrorCode.NOT_FOUND,
        Message(f"No such {what.en} of yours.", f"没有属于你的这个{what.zh}。"),
        ("input", "id"),
    )


_ROLE_NAMES = {
    Role.ANONYMOUS: "匿名",
    Role.COORDINATOR: "协调员",
    Role.DEPARTMENT: "部门",
    Role.ENTERPRISE: "企业",
}


class InvalidToken(Exception):
    """A bearer token was sent but matches nobody: refused outright, never read as anonymous.

    ``retired`` names the owner when the token is one that rotation replaced, so the
    refusal can be logged as a use of a revoked token rather than a guess.
    """

    def __init__(self, retired: RetiredToken | None = None) -> None:
        super().__init__("invalid bearer token")
        self.retired = retired


def new_token() -> str:
    return "civ_" + secrets.token_urlsafe(32)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class CoordinatorKey:
    """The digest of the coordinator token in force; the token itself is never kept."""

    token_digest: str

    def matches(self, token: str) -> bool:
        return hmac.compare_digest(self.token_digest, digest(token))


async def coordinator_key(
    db: AsyncSession, configured_token: str | None
) -> tuple[CoordinatorKey, str | None]:
    """The coordinator key, and the token when this call generated it (to be shown once).

    A configured token wins. Otherwise the first start stores the digest of a fresh
    token; concurrent first starts agree because only one insert can succeed.
    """
    if configured_token:
        return CoordinatorKey(digest(configured_token)), None
    stored = await db.scalar(select(Secret.value).where(Secret.name == _COORDINATOR_SECRET))
    if stored is not None:
        return CoordinatorKey(stored), None
    token = new_token()
    try:
        async with db.begin_nested():
            db.add(Secret(name=_COORDINATOR_SECRET, value=digest(token)))
    except IntegrityError:
        stored = await db.scalar(select(Secret.value).where(Secret.name == _COORDINATOR_SECRET))
        assert stored is not None
        return CoordinatorKey(stored), None
    return CoordinatorKey(digest(token)), token


async def principal_for(
    db: AsyncSession, token: str | None, coordinator: CoordinatorKey
) -> Principal:
    if not token:
        return ANONYMOUS
    if coordinator.matches(token):
        return Principal(Role.COORDINATOR)
    hashed = digest(token)
    department_id = await db.scalar(select(Department.id).where(Department.token_hash == hashed))
    if department_id is not None:
        return Principal(Role.DEPARTMENT, department_id)
    enterprise_id = await db.scalar(select(Enterprise.id).where(Enterprise.token_hash == hashed))
    if enterprise_id is not None:
        return Principal(Role.ENTERPRISE, enterprise_id)
    raise InvalidToken(await retired(db, token))


class TokenOwner(StrEnum):
    """Whose token rotation replaced; the bearer tokens' owners, and an enterprise's feeds."""

    DEPARTMENT = "DEPARTMENT"
    ENTERPRISE = "ENTERPRISE"
    FEED = "FEED"


class HasToken(Protocol):
    id: int
    token_hash: str


def replace_token(db: AsyncSession, owner: TokenOwner, holder: HasToken) -> str:
    """A new token for ``holder``; the old one stops at once, and its digest is kept so that
    a later use is logged for what it is. The new token is shown once and never stored."""
    db.add(
        RetiredToken(
            token_hash=holder.token_hash, owner_role=owner, owner_id=holder.id, retired_at=now()
        )
    )
    token = new_token()
    holder.token_hash = digest(token)
    return token


async def retired(db: AsyncSession, token: str) -> RetiredToken | None:
    return await db.get(RetiredToken, digest(token))
