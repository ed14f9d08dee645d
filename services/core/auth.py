"""Bearer tokens and the principals they stand for.

Tokens carry 256 random bits and are stored only as SHA-256 digests: a leaked
database does not leak a working token, and a lookup is one indexed equality.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
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
    slug: str | None = field(default=None, compare=False)  # a department's, for logs

    @property
    def department_id(self) -> int | None:
        return self.key if self.role is Role.DEPARTMENT else None

    @property
    def enterprise_id(self) -> int | None:
        return self.key if self.role is Role.ENTERPRISE else None

    @property
    def caller(self) -> str:
        """Who is asking, as access logs name it: a department's slug, or the kind of caller."""
        return self.slug or self.role.value.lower()

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
    principal: Principal,
    owner_key: int | None,
    *,
    owner_role: Role,
    what: Message,
    field: tuple[str, ...] = ("input", "id"),
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
        field,
    )


_ROLE_NAMES = {
    Role.ANONYMOUS: "匿名",
    Role.COORDINATOR: "协调员",
    Role.DEPARTMENT: "部门",
    Role.ENTERPRISE: "企业",
}


INVALID_TOKEN = Message("The bearer token is not valid.", "令牌无效。")
DISABLED = Message(
    "This token's owner was disabled by the coordinator.", "此令牌的所有者已被协调员停用。"
)


class InvalidToken(Exception):
    """A bearer token was sent but matches nobody: refused outright, never read as anonymous.

    ``retired`` names the owner when the token is one that rotation replaced, so the
    refusal can be logged as a use of a revoked token rather than a guess; ``reason`` is
    what the caller is told.
    """

    def __init__(
        self, retired: RetiredToken | None = None, reason: Message = INVALID_TOKEN
    ) -> None:
        super().__init__(reason.en)
        self.retired = retired
        self.reason = reason


def new_token() -> str:
    return "civ_" + secrets.token_urlsafe(32)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class CoordinatorKey:
    """The digest of the configured coordinator token, or None: then the stored one is in
    force, read at every use so that ``rotate_coordinator_token`` retires the old token in
    every process at once. The token itself is never kept."""

    token_digest: str | None

    async def matches(self, db: AsyncSession, token: str) -> bool:
        expected = self.token_digest or await db.scalar(
            select(Secret.value).where(Secret.name == _COORDINATOR_SECRET)
        )
        return expected is not None and hmac.compare_digest(expected, digest(token))


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
        return CoordinatorKey(None), None
    token = new_token()
    try:
        async with db.begin_nested():
            db.add(Secret(name=_COORDINATOR_SECRET, value=digest(token)))
    except IntegrityError:
        return CoordinatorKey(None), None
    return CoordinatorKey(None), token


async def rotate_coordinator_token(db: AsyncSession) -> str:
    """A new stored coordinator token; the old one stops at once, in every process. Shown once."""
    token = new_token()
    stored = await db.get(Secret, _COORDINATOR_SECRET)
    if stored is None:
        db.add(Secret(name=_COORDINATOR_SECRET, value=digest(token)))
    else:
        db.add(
            RetiredToken(
                token_hash=stored.value, owner_role="COORDINATOR", owner_id=0, retired_at=now()
            )
        )
        stored.value = digest(token)
    return token


async def principal_for(
    db: AsyncSession, token: str | None, coordinator: CoordinatorKey
) -> Principal:
    if not token:
        return ANONYMOUS
    if await coordinator.matches(db, token):
        return Principal(Role.COORDINATOR)
    hashed = digest(token)
    department = (
        await db.execute(
            select(Department.id, Department.disabled, Department.slug).where(
                Department.token_hash == hashed
            )
        )
    ).first()
    if department is not None:
        if department.disabled:
            raise InvalidToken(reason=DISABLED)
        return Principal(Role.DEPARTMENT, department.id, department.slug)
    enterprise = (
        await db.execute(
            select(Enterprise.id, Enterprise.disabled).where(Enterprise.token_hash == hashed)
        )
    ).first()
    if enterprise is not None:
        if enterprise.disabled:
            raise InvalidToken(reason=DISABLED)
        return Principal(Role.ENTERPRISE, enterprise.id)
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
